package dev.lede.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an HTML page with jsoup: metadata (title, og:*, article:published_time, time[datetime], JSON-LD
 * NewsArticle) and the article's text as lines, after dropping scripts, styles, navigation, asides, footers and
 * ad containers. Script content is never read into the text.
 */
public final class HtmlReader {

    public record HtmlPage(String text, String headline, String description, String siteName, Instant published,
                           List<String> authors, String publisher) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public HtmlPage read(String html) {
        Document doc = Jsoup.parse(html);
        String headline = null, description = null, site = null, publisher = null;
        Instant published = null;
        List<String> authors = new ArrayList<>();
        // JSON-LD first: the most structured statement of what the page is
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(s.data());
                for (JsonNode n : root.isArray() ? root : root.has("@graph") ? root.get("@graph") : List.of(root)) {
                    String type = n.path("@type").asText("");
                    if (!type.matches("(?i).*(NewsArticle|Article|ReportageNewsArticle|BlogPosting|PressRelease).*")) continue;
                    if (headline == null && n.hasNonNull("headline")) headline = n.get("headline").asText();
                    if (published == null && n.hasNonNull("datePublished")) published = instant(n.get("datePublished").asText());
                    JsonNode a = n.path("author");
                    for (JsonNode x : a.isArray() ? a : List.of(a)) {
                        String name = x.isTextual() ? x.asText() : x.path("name").asText(null);
                        if (name != null && !name.isBlank()) authors.add(name);
                    }
                    if (publisher == null) publisher = n.path("publisher").path("name").asText(null);
                }
            } catch (Exception e) {
                // malformed JSON-LD is common; the other metadata still counts
            }
        }
        if (headline == null) headline = meta(doc, "og:title");
        description = meta(doc, "og:description");
        if (description == null) description = meta(doc, "description");
        site = meta(doc, "og:site_name");
        if (published == null) published = instant(meta(doc, "article:published_time"));
        if (published == null) {
            Element t = doc.selectFirst("article time[datetime], time[datetime]");
            if (t != null) published = instant(t.attr("datetime"));
        }
        if (headline == null) {
            Element h1 = doc.selectFirst("h1");
            headline = h1 != null ? h1.text() : doc.title();
        }
        if (headline != null) headline = headline.isBlank() ? null : headline.strip(); // metadata is often padded
        doc.select("script, style, noscript, template, iframe, object, embed, svg, form, button, nav, aside, footer, header:not(article header), "
                + "[role=navigation], [role=complementary], [aria-hidden=true], .ad, .ads, .advert, .advertisement, [class*=sponsor], [id*=sidebar], [class*=sidebar], [class*=newsletter], [class*=share], [class*=related], [class*=footer], [class*=menu], [class*=site-header], [class*=cookie]").remove();
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.selectFirst("main");
        if (root == null) root = doc.body();
        StringBuilder text = new StringBuilder();
        if (headline != null && root.selectFirst("h1") == null) text.append(headline).append("\n\n");
        for (Element e : root.select("h1, h2, h3, h4, p, li, figcaption, blockquote:not(:has(p)), address, div")) {
            // a div counts only as a leaf holding its own text ("By X · date" meta lines in div-based CMSs)
            if (e.tagName().equals("div") && (e.ownText().isBlank() || !e.select("p, h1, h2, h3, h4, li, div, figcaption").not("div:root").isEmpty()
                    && e.children().stream().anyMatch(c -> c.isBlock()))) continue;
            String t = e.text().strip();
            if (!t.isEmpty()) text.append(t).append("\n\n");
        }
        return new HtmlPage(text.toString(), headline, description, site, published, authors, publisher != null ? publisher : site);
    }

    private static String meta(Document doc, String property) {
        Element m = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        String v = m == null ? null : m.attr("content").strip();
        return v == null || v.isEmpty() ? null : v;
    }

    static Instant instant(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return OffsetDateTime.parse(s.strip()).toInstant();
        } catch (Exception e) {
            try {
                return Instant.parse(s.strip());
            } catch (Exception e2) {
                try {
                    return DateFinder.start(LocalDate.parse(s.strip().substring(0, 10)));
                } catch (Exception e3) {
                    return null;
                }
            }
        }
    }
}
