namespace ZonaIntegritas.Web.Domain.Units;

/// <summary>A unit as a node of the hierarchy: enough to order, indent and check for cycles.</summary>
public sealed record UnitNode(int Id, int? ParentId, string Name);

/// <summary>A unit in depth-first order with its depth (0 = a root of the given set).</summary>
public sealed record UnitTreeEntry(UnitNode Unit, int Depth);

/// <summary>Pure rules over the unit tree: display order, descendants and cycle prevention.</summary>
public static class UnitHierarchy
{
    /// <summary>
    /// Depth-first order, siblings by name. Units whose parent is not in the set (e.g. outside the user's scope)
    /// are shown as roots. Units caught in a cycle (which the rules prevent) are appended at depth 0.
    /// </summary>
    public static IReadOnlyList<UnitTreeEntry> Order(IEnumerable<UnitNode> units)
    {
        var all = units.ToList();
        var ids = all.Select(u => u.Id).ToHashSet();
        var children = all
            .Where(u => u.ParentId is { } p && ids.Contains(p))
            .ToLookup(u => u.ParentId!.Value);
        var result = new List<UnitTreeEntry>(all.Count);
        var seen = new HashSet<int>();

        void Visit(UnitNode node, int depth)
        {
            if (!seen.Add(node.Id))
            {
                return;
            }
            result.Add(new UnitTreeEntry(node, depth));
            foreach (var child in children[node.Id].OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase))
            {
                Visit(child, depth + 1);
            }
        }

        foreach (var root in all.Where(u => u.ParentId is not { } p || !ids.Contains(p))
                     .OrderBy(u => u.Name, StringComparer.CurrentCultureIgnoreCase))
        {
            Visit(root, 0);
        }
        foreach (var rest in all.Where(u => !seen.Contains(u.Id)).OrderBy(u => u.Name, StringComparer.CurrentCultureIgnoreCase))
        {
            Visit(rest, 0);
        }
        return result;
    }

    /// <summary>The unit and every unit below it.</summary>
    public static HashSet<int> SelfAndDescendants(IEnumerable<UnitNode> units, int unitId)
    {
        var children = units.Where(u => u.ParentId.HasValue).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var result = new HashSet<int> { unitId };
        var queue = new Queue<int>([unitId]);
        while (queue.Count > 0)
        {
            foreach (var child in children[queue.Dequeue()])
            {
                if (result.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }
        return result;
    }

    /// <summary>
    /// True when making <paramref name="newParentId"/> the parent of <paramref name="unitId"/> would close a
    /// loop: the new parent is the unit itself or one of its descendants.
    /// </summary>
    public static bool WouldCreateCycle(IEnumerable<UnitNode> units, int unitId, int? newParentId) =>
        newParentId is { } parent && SelfAndDescendants(units, unitId).Contains(parent);

    /// <summary>A label indented by depth, for &lt;select&gt; options.</summary>
    public static string IndentedLabel(UnitTreeEntry entry) =>
        entry.Depth == 0 ? entry.Unit.Name : new string('\u00A0', entry.Depth * 4) + "└ " + entry.Unit.Name;
}
