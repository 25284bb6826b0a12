package dev.rallypoint.notice.notice;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Notice bodies: Markdown as written, rendered to HTML that is safe to put in a page. Raw HTML in the
 * Markdown is escaped, not passed through; link targets other than http(s) and mailto are dropped; and the
 * result is cleaned against an allow-list of tags and attributes (no scripts, no event handlers, no
 * styles, no frames), with every link opened without referrer or opener.
 */
final class Markdown {

    private static final Parser PARSER = Parser.builder().build();

    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private static final Safelist SAFE = Safelist.relaxed()
            .removeProtocols("img", "src", "http")
            .addProtocols("a", "href", "https", "http", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private Markdown() {
    }

    static String toSafeHtml(String markdown) {
        return Jsoup.clean(HTML.render(PARSER.parse(markdown)), "", SAFE, OUTPUT);
    }

    /** The first {@code length} characters of the body as plain text, for a notification. */
    static String summary(String markdown, int length) {
        Node document = PARSER.parse(markdown);
        String text = TEXT.render(document).replaceAll("\\s+", " ").strip();
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
