using AngleSharp.Html.Parser;
using ZonaIntegritas.Web.Features.Pacts;

namespace ZonaIntegritas.UnitTests.IntegrityPacts;

/// <summary>The HTML of a pact text (Markdig, then HtmlSanitizer) carries no script, handler or unsafe link.</summary>
public class PactMarkdownSanitizerTests
{
    /// <summary>Parses the HTML as a browser would: escaped text that merely reads like a tag is harmless.</summary>
    private static void ShouldHoldNothingLive(string html)
    {
        var body = new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;
        body.QuerySelectorAll("script, img, svg, iframe, object, embed, style").ShouldBeEmpty(html);
        foreach (var element in body.QuerySelectorAll("*"))
        {
            element.Attributes.Select(a => a.Name).Where(n => n.StartsWith("on", StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty(html);
            var href = element.GetAttribute("href")?.Trim();
            if (href is not null)
            {
                (href == "#" || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal))
                    .ShouldBeTrue($"live link {href} in {html}");
            }
            element.GetAttribute("src").ShouldBeNull(html);
        }
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Teks <script>alert(1)</script> di tengah")]
    [InlineData("<SCRIPT SRC=https://evil.example/x.js></SCRIPT>")]
    public void Script_tags_do_not_survive(string markdown)
    {
        var html = PactMarkdown.ToHtml(markdown);

        ShouldHoldNothingLive(html);
        html.ShouldNotContain("<script", Case.Insensitive);
    }

    [Theory]
    [InlineData("<img src=x onerror=\"alert(1)\">")]
    [InlineData("<p onclick=\"alert(1)\">klik</p>")]
    [InlineData("<a href=\"https://kemenag.go.id\" onmouseover=\"alert(1)\">tautan</a>")]
    [InlineData("<svg onload=alert(1)>")]
    public void Event_handler_attributes_do_not_survive(string markdown)
    {
        var html = PactMarkdown.ToHtml(markdown);

        ShouldHoldNothingLive(html);
    }

    [Theory]
    [InlineData("[tautan](javascript:alert(1))")]
    [InlineData("[tautan](JaVaScRiPt:alert(1))")]
    [InlineData("[tautan](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JAVASCRIPT:alert(document.cookie)>")]
    [InlineData("<data:text/html,<script>alert(1)</script>>")]
    [InlineData("<vbscript:msgbox(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">mentah</a>")]
    [InlineData("<a href=\"data:text/html,x\">mentah</a>")]
    [InlineData("[tautan][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("![gambar](javascript:alert(1))")]
    public void Javascript_and_data_links_do_not_survive(string markdown)
    {
        var html = PactMarkdown.ToHtml(markdown);

        ShouldHoldNothingLive(html);
    }

    [Fact]
    public void Ordinary_pact_markdown_keeps_its_structure_and_safe_links()
    {
        var html = PactMarkdown.ToHtml("# PAKTA\n\nSaya **berjanji** untuk *tidak* menerima gratifikasi:\n\n1. satu\n2. dua\n\n- butir\n\n[Kemenag](https://kemenag.go.id)\nbaris baru");

        html.ShouldContain("<h1>PAKTA</h1>");
        html.ShouldContain("<strong>berjanji</strong>");
        html.ShouldContain("<em>tidak</em>");
        html.ShouldContain("<ol>");
        html.ShouldContain("<li>satu</li>");
        html.ShouldContain("<ul>");
        html.ShouldContain("href=\"https://kemenag.go.id\"");
        html.ShouldContain("rel=\"noopener noreferrer nofollow\"");
        html.ShouldContain("<br>");
    }

    [Fact]
    public void The_sanitizer_itself_cleans_html_that_did_not_come_through_markdown()
    {
        var html = PactMarkdown.Sanitize(
            "<p onclick=\"x()\">a</p><script>y()</script><a href=\"javascript:z()\">b</a><a href=\" data:text/html,c\">c</a>" +
            "<img src=\"https://evil.example/t.png\"><iframe src=\"https://evil.example\"></iframe><p style=\"background:url(x)\">d</p>");

        ShouldHoldNothingLive(html);
        html.ShouldNotContain("style", Case.Insensitive);
        html.ShouldContain("<p>a</p>");
    }
}
