import Foundation
import Testing
@testable import StrategyScripting

/// The page text a quote is searched in.
@Suite struct HTMLTextExtractorTests {
    @Test func hiddenElementsCommentsAndHeadAreDropped() {
        let html = """
            <!DOCTYPE html><html><head><title>Title text</title><meta charset="utf-8">
            <style>p { content: "style text" }</style></head>
            <body><!-- comment text --><script type="text/javascript">var s = "</p>script text";</script>
            <noscript>noscript text</noscript><p>Body text</p><template>template text</template></body></html>
            """
        let text = HTMLTextExtractor.text(from: html)
        #expect(text == "Body text")
    }

    @Test func inlineTagsVanishAndBlockTagsSeparate() {
        #expect(HTMLTextExtractor.text(from: "<p>Pro<b>mo</b>tions</p><p>must</p>not<br>share") == "Promotions must not share")
        #expect(HTMLTextExtractor.text(from: "<a href=\"x>y\" title='>'>link</a>text") == "linktext")
        #expect(HTMLTextExtractor.text(from: "<li>one</li><li>two</li>") == "one two")
    }

    @Test func namedAndNumericEntitiesAreDecoded() {
        #expect(HTMLTextExtractor.text(from: "a&nbsp;b") == "a b")
        #expect(HTMLTextExtractor.text(from: "Ge&shy;winn&shy;spiel") == "Ge\u{AD}winn\u{AD}spiel")
        #expect(HTMLTextExtractor.text(from: "&#8222;Teilen&#8220; &amp; &#x201E;Liken&#x201C;") == "„Teilen“ & „Liken“")
        #expect(HTMLTextExtractor.text(from: "M&uuml;ller &ndash; &Auml;rger&hellip; &sect; 5 &euro;") == "Müller – Ärger… § 5 €")
        #expect(HTMLTextExtractor.text(from: "&#150; &#0; &#xD800;") == "– \u{FFFD} \u{FFFD}")
        #expect(HTMLTextExtractor.text(from: "AT&T &unknown; a & b") == "AT&T &unknown; a & b")
    }

    @Test func whitespaceRunsBecomeOneSpace() {
        #expect(HTMLTextExtractor.text(from: "  a \n\t b\u{A0}\u{A0}c  ") == "a b c")
    }

    @Test func brokenMarkupStillReads() {
        #expect(HTMLTextExtractor.text(from: "1 < 2 and 3 > 2") == "1 < 2 and 3 > 2")
        #expect(HTMLTextExtractor.text(from: "<p>text<!-- unterminated") == "text")
        #expect(HTMLTextExtractor.text(from: "<head><meta charset=utf-8><p>no end of head") == "no end of head")
        #expect(HTMLTextExtractor.text(from: "<header>kept</header>") == "kept")
    }

    @Test func pagesAreDecodedByTheirType() throws {
        func page(_ type: String?, _ body: [UInt8]) -> FetchedPage {
            FetchedPage(url: "http://h/", finalURL: "http://h/", contentType: type, body: Data(body))
        }
        #expect(try PageContent.text(of: page("text/html; charset=UTF-8", Array("<p>a&amp;b</p>".utf8))).get() == "a&b")
        #expect(try PageContent.text(of: page("text/plain", Array("<p>a&amp;b</p>".utf8))).get() == "<p>a&amp;b</p>")
        #expect(try PageContent.text(of: page("text/html; charset=iso-8859-1", [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x20, 0x84, 0x93]))
            .get() == "Müller „“")
        #expect(PageContent.text(of: page("application/pdf", Array("%PDF-1.4".utf8))) == .failure(.notText(contentType: "application/pdf")))
        #expect(PageContent.text(of: page("text/html", Array("%PDF-1.4".utf8))) == .failure(.notText(contentType: "application/pdf")))
        #expect(PageContent.text(of: page(nil, Array("%PDF-1.4".utf8))) == .failure(.notText(contentType: "application/pdf")))
        #expect(PageContent.text(of: page("image/png", [0x89, 0x50])) == .failure(.notText(contentType: "image/png")))
    }
}
