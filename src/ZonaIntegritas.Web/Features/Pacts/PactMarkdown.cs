using System.Globalization;
using System.Text;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ZonaIntegritas.Web.Features.Pacts;

/// <summary>A block of pact text for the PDF writer.</summary>
public abstract record PactBlock;

public sealed record PactHeadingBlock(string Text, int Level) : PactBlock;

public sealed record PactParagraphBlock(string Text, int Depth) : PactBlock;

public sealed record PactListItemBlock(string Marker, string Text, int Depth) : PactBlock;

/// <summary>
/// Pact texts are Markdown (headings, paragraphs, numbered and bulleted lists, bold/italic). Raw HTML is off,
/// a line break in the editor is a line break in the document, links keep only http(s) targets and images are
/// not loaded. The HTML Markdig produces then goes through HtmlSanitizer with an allow-list of the few tags
/// Markdown makes and only http/https link targets, so neither a template (autolinks such as
/// <c>&lt;javascript:…&gt;</c>, Markdown links, raw HTML) nor a signer's data substituted into it can put script,
/// event handlers or <c>javascript:</c>/<c>data:</c> links on a signer's page or a signed record.
/// </summary>
public static class PactMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private static readonly string[] AllowedTags =
        ["p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "blockquote", "code", "pre", "hr", "a"];

    public static string ToHtml(string markdown)
    {
        var document = Parse(markdown);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return Sanitize(writer.ToString());
    }

    /// <summary>
    /// Cleans Markdig's HTML. A new sanitizer per call: pact pages are not hot, and nothing configured is shared
    /// between threads.
    /// </summary>
    internal static string Sanitize(string html)
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "start"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<CssRuleType>(),
        });
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } link && link.HasAttribute("href"))
            {
                link.SetAttribute("rel", "noopener noreferrer nofollow");
            }
        };
        return sanitizer.Sanitize(html);
    }

    public static IReadOnlyList<PactBlock> ToBlocks(string markdown)
    {
        var blocks = new List<PactBlock>();
        Walk(Parse(markdown), 0, blocks);
        return blocks;
    }

    private static MarkdownDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.IsImage = false;
            if (link.Url is { } url && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                link.Url = "#";
            }
        }
        return document;
    }

    private static void Walk(ContainerBlock container, int depth, List<PactBlock> blocks)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    blocks.Add(new PactHeadingBlock(InlineText(heading.Inline), heading.Level));
                    break;
                case ParagraphBlock paragraph:
                    blocks.Add(new PactParagraphBlock(InlineText(paragraph.Inline), depth));
                    break;
                case ListBlock list:
                    var number = int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var marker = list.IsOrdered ? $"{number++}{list.OrderedDelimiter}" : "•";
                        var first = item.FirstOrDefault() as ParagraphBlock;
                        blocks.Add(new PactListItemBlock(marker, first is null ? "" : InlineText(first.Inline), depth));
                        var rest = new List<PactBlock>();
                        foreach (var child in item.Skip(first is null ? 0 : 1))
                        {
                            if (child is ContainerBlock nested)
                            {
                                Walk(nested, depth + 1, rest);
                            }
                            else if (child is ParagraphBlock more)
                            {
                                rest.Add(new PactParagraphBlock(InlineText(more.Inline), depth + 1));
                            }
                        }
                        blocks.AddRange(rest);
                    }
                    break;
                case QuoteBlock quote:
                    Walk(quote, depth + 1, blocks);
                    break;
                case LeafBlock leaf when leaf.Lines.Count > 0:
                    blocks.Add(new PactParagraphBlock(leaf.Lines.ToString(), depth));
                    break;
            }
        }
    }

    private static string InlineText(ContainerInline? inline)
    {
        var sb = new StringBuilder();
        Append(inline, sb);
        return sb.ToString().Trim();

        static void Append(Inline? node, StringBuilder sb)
        {
            switch (node)
            {
                case null:
                    return;
                case LiteralInline literal:
                    sb.Append(literal.Content.ToString());
                    break;
                case LineBreakInline:
                    sb.Append('\n');
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline auto:
                    sb.Append(auto.Url);
                    break;
                case ContainerInline container:
                    foreach (var child in container)
                    {
                        Append(child, sb);
                    }
                    break;
            }
        }
    }
}
