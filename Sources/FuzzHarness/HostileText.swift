/// Article text written to break outputs: markup, DOT syntax, escapes of every layer,
/// invisible and direction-changing characters, controls, and very long runs.
///
/// The hostile-content tests put each of these into every text field of an analysis (and
/// into articles run through ingestion); the fuzzers' seed corpora start from them.
public enum HostileText {
    /// A 10,000-character "name" with spaces, and one without.
    public static let longName = String(String(repeating: "Nguyễn Văn Ả ", count: 770).prefix(10_000))
    public static let longWord = String(repeating: "Ж", count: 10_000)

    public static let samples: [String] = [
        "<script>alert(1)</script>",
        "</svg><script>alert('svg')</script><svg>",
        "\"><img src=x onerror=alert(1)>",
        "' onmouseover='alert(2)' x='",
        "javascript:alert(3)",
        " JaVaScRiPt:alert(4)",
        "<a href=\"javascript:alert(5)\">click</a>",
        "data:text/html,<script>alert(6)</script>",
        "& &amp; &lt; &#0; &#x1; &#xD800; &D; &unknown; &",
        "\\ \\\\ \\\" \\n \\N \\G \\L \\l \\r \\E \\T \\H",
        "} digraph evil { a -> b [label=\"pwned\"] } {",
        "\"; node [shape=box URL=\"javascript:alert(7)\"]; \"",
        "a -> b -- c [label=<b>x</b>]",
        "[label=<<TABLE><TR><TD>x</TD></TR></TABLE>>]",
        "subgraph cluster_x { rank=same; }",
        "// comment /* block */ # hash",
        "<<B>bold</B>>",
        "]]> <![CDATA[ x ]]> <!-- c --> <?xml version=\"1.0\"?> <!DOCTYPE x [<!ENTITY e \"boom\">]> &e;",
        "\u{202E}gnp.exe\u{202C} \u{2066}isolate\u{2069} \u{200F}rlm\u{200E}",
        "zero\u{200B}width\u{200C}non\u{200D}joiner\u{FEFF}bom\u{2060}",
        "ctl \u{0}\u{1}\u{7}\u{8}\u{B}\u{C}\u{1B}[31mred\u{7F}\u{85}\u{9F} end",
        "line\r\nbreaks\rand\nseps\u{2028}here\u{2029}there",
        "nonchars " + String(String.UnicodeScalarView([0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFF].compactMap(Unicode.Scalar.init))) + " end",
        "tab\there, comma, \"quoted\", and\nnewline",
        "{\"json\": [1, 2, {\"x\": null}]} \u{2028} </script>",
        "${jndi:x} {{template}} %s %n %x",
        "Z̷̢͈a̵l̸g̶o̵ t̸e̴x̵t̶ 🇻🇳 👩‍👩‍👧 \u{1F4A3}",
        // A mark that combines with the character before it: `"` + U+0301 is one Swift
        // Character, so character-level escaping misses the quote.
        "\"\u{301}quoted\"\u{301}, <\u{301}b>\u{301} &\u{301}amp; javascript:\u{200D}alert(8) \\\u{301}",
        "Thổ_Nhĩ_Kỳ hoà hòa THỦY thuỷ Ðà Nẵng",
        "http://example.com/?a=1&b=<2>&c=\"3\"",
        "",
        " ",
        longName,
        longWord,
    ]
}
