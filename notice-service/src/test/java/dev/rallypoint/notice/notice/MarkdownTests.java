package dev.rallypoint.notice.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Notice bodies render to HTML without any way to run script in a reader's page. */
class MarkdownTests {

    @Test
    void rendersMarkdown() {
        String html = Markdown.toSafeHtml("# Courts reopen\n\nThe **clay** courts open on [Monday](https://rallypoint.dev/clubs).");

        assertThat(html).contains("<h1>Courts reopen</h1>").contains("<strong>clay</strong>")
                .contains("<a href=\"https://rallypoint.dev/clubs\" rel=\"nofollow noopener noreferrer\">Monday</a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "![x](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<<script>script>alert(1)<</script>/script>",
            "[x](vbscript:msgbox(1))" })
    void neverLetsScriptThrough(String payload) {
        String html = Markdown.toSafeHtml("Before\n\n" + payload + "\n\nAfter");
        Document page = Jsoup.parseBodyFragment(html);

        assertThat(page.select("script, iframe, svg, object, embed, style")).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(html).doesNotStartWith("on").isNotEqualTo("style");
                assertThat(attribute.getValue().toLowerCase().strip()).as(html)
                        .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
            }
        }
        assertThat(page.text()).contains("Before").contains("After");
    }

    @Test
    void summarizesAsPlainText() {
        assertThat(Markdown.summary("# Title\n\nSome **bold** text <b>raw</b>.", 100)).isEqualTo("Title Some bold text <b>raw</b>.");
        assertThat(Markdown.summary("x".repeat(300), 140)).hasSize(140).endsWith("…");
    }
}
