using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.UnitTests.Administration;

public class UnitHierarchyTests
{
    private static readonly UnitNode[] Units =
    [
        new(1, null, "Kanwil Jatim"),
        new(2, 1, "Kemenag Kota Malang"),
        new(3, 2, "KUA Lowokwaru"),
        new(4, 2, "KUA Klojen"),
        new(5, 1, "Kemenag Kab. Batu"),
        new(6, null, "Kanwil Jateng"),
    ];

    [Fact]
    public void Order_is_depth_first_with_siblings_by_name()
    {
        var order = UnitHierarchy.Order(Units).Select(e => (e.Unit.Id, e.Depth)).ToList();
        order.ShouldBe([(6, 0), (1, 0), (5, 1), (2, 1), (4, 2), (3, 2)]);
    }

    [Fact]
    public void Units_whose_parent_is_not_in_the_set_are_roots()
    {
        var scoped = Units.Where(u => u.Id is 2 or 3 or 4);
        UnitHierarchy.Order(scoped).Select(e => (e.Unit.Id, e.Depth)).ShouldBe([(2, 0), (4, 1), (3, 1)]);
    }

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(1, 3, true)]
    [InlineData(2, 4, true)]
    [InlineData(2, 5, false)]
    [InlineData(3, 4, false)]
    [InlineData(6, 1, false)]
    public void A_unit_cannot_move_below_itself_or_a_descendant(int unit, int newParent, bool cycle) =>
        UnitHierarchy.WouldCreateCycle(Units, unit, newParent).ShouldBe(cycle);

    [Fact]
    public void Moving_to_the_top_never_creates_a_cycle() =>
        UnitHierarchy.WouldCreateCycle(Units, 2, null).ShouldBeFalse();

    [Fact]
    public void Order_survives_a_cycle_in_the_data()
    {
        UnitNode[] broken = [new(1, 2, "A"), new(2, 1, "B")];
        UnitHierarchy.Order(broken).Select(e => e.Unit.Id).ShouldBe([1, 2], ignoreOrder: true);
    }

    [Fact]
    public void Indented_label_shows_depth()
    {
        UnitHierarchy.IndentedLabel(new UnitTreeEntry(Units[0], 0)).ShouldBe("Kanwil Jatim");
        UnitHierarchy.IndentedLabel(new UnitTreeEntry(Units[3], 2)).ShouldBe(new string('\u00A0', 8) + "└ KUA Klojen");
    }
}
