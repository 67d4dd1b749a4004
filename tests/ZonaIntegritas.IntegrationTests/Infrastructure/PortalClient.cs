using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace ZonaIntegritas.IntegrationTests.Infrastructure;

/// <summary>
/// A browser-like HTTP client: keeps cookies, reads forms (with their antiforgery token) from the HTML and
/// posts them back with changed fields, like a user would.
/// </summary>
public sealed class PortalClient
{
    public const string DemoPassword = "ZonaIntegritas#Demo1";

    public HttpClient Http { get; }

    public PortalClient(PortalFactory factory)
    {
        // Cookies kept; 302/303 returned to the test; 301/308 (old URLs, ADR 0017) followed like a browser.
        Http = factory.CreateDefaultClient(new PermanentRedirectHandler(), new CookieContainerHandler());
    }

    /// <summary>A client over a given <see cref="HttpClient"/> (e.g. two portals sharing one cookie jar).</summary>
    public PortalClient(HttpClient http) => Http = http;

    public static async Task<PortalClient> SignedInAsync(PortalFactory factory, string email, string password = DemoPassword)
    {
        var client = new PortalClient(factory);
        var response = await client.SignInAsync(email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed with {(int)response.StatusCode}.");
        }
        return client;
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var form = await GetFormAsync("/akun/masuk", "form[action='/akun/masuk']");
        return await PostFormAsync(form, new() { ["Email"] = email, ["Password"] = password });
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        var response = await Http.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} returned {(int)response.StatusCode}.");
        }
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(req => req.Content(html));
    }

    public async Task<HtmlForm> GetFormAsync(string url, string selector = "form[method='post']")
    {
        var doc = await GetDocumentAsync(url);
        return HtmlForm.From(doc, selector, url);
    }

    /// <summary>Posts the form's fields (hidden token included) with <paramref name="values"/> replacing or adding fields.</summary>
    public Task<HttpResponseMessage> PostFormAsync(HtmlForm form, Dictionary<string, string>? values = null)
    {
        var fields = form.Fields.ToList();
        foreach (var (key, value) in values ?? [])
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }
        return Http.PostAsync(form.Action, new FormUrlEncodedContent(fields));
    }

    /// <summary>
    /// Posts the form as multipart/form-data (like a browser with enctype="multipart/form-data"): its fields,
    /// antiforgery token included, plus one file in <paramref name="fileField"/>.
    /// </summary>
    public Task<HttpResponseMessage> PostMultipartAsync(
        HtmlForm form, string fileField, string fileName, byte[] content, string contentType = "text/csv",
        Dictionary<string, string>? values = null)
    {
        var multipart = new MultipartFormDataContent();
        foreach (var (key, value) in form.Fields.Where(f => values is null || !values.ContainsKey(f.Key)))
        {
            multipart.Add(new StringContent(value), key);
        }
        foreach (var (key, value) in values ?? [])
        {
            multipart.Add(new StringContent(value), key);
        }
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        multipart.Add(file, fileField, fileName);
        return Http.PostAsync(form.Action, multipart);
    }

    /// <summary>Follows a redirect once and returns the resulting document.</summary>
    public async Task<IHtmlDocument> FollowAsync(HttpResponseMessage response)
    {
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
        {
            return await GetDocumentAsync(response.Headers.Location!.ToString());
        }
        return await ParseAsync(response);
    }
}

public sealed record HtmlForm(string Action, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public string? this[string name] => Fields.FirstOrDefault(f => f.Key == name).Value;

    public static HtmlForm From(IDocument doc, string selector, string pageUrl)
    {
        var form = doc.QuerySelector(selector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{selector}' on {pageUrl}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            fields.Add(new(input.Name, input.Value));
                        }
                    }
                    else if (input.Type is not ("submit" or "button" or "file"))
                    {
                        fields.Add(new(input.Name, input.Value));
                    }
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    var selected = select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options.FirstOrDefault();
                    if (selected is not null)
                    {
                        fields.Add(new(select.Name, selected.Value));
                    }
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
            }
        }
        var action = form.GetAttribute("action");
        return new HtmlForm(string.IsNullOrEmpty(action) ? pageUrl : action, fields);
    }
}
