import XCTest
import FaultlineText
@testable import FaultlineExtract

final class PersonNamesTests: XCTestCase {
    /// The ASCII paths of `words` and `wordKey` against the character-by-character ones.
    func testASCIIPathsEqualTheCharacterPaths() {
        var names = ["Sergei Lavrov", "Volodymyr Zelenskyy", "Yevgeny Prigozhin", "Nechayev", "Ban Ki-moon", "O'Brien",
                     "J.D. Vance", "Kim Jong-un", "Dmitriy (Dima) Peskov, Jr.", "a_b;c:d/e\"f", "\t x\r\ny ", "", " ",
                     "1st 2nd", "-", "'", "...", "Zelenskiy-Zelenski Shoigu Shoygu", "yeye Yy iiii aye"]
        for v in 0..<128 { names.append("Ab" + String(UnicodeScalar(UInt8(v))) + "yE") }
        for n in names {
            XCTAssertEqual(PersonNames.words(n), PersonNames.wordsByCharacters(Substring(n)), n.debugDescription)
            for w in PersonNames.words(n) + [Substring(n)] where !w.utf8.contains(0x0D) {
                XCTAssertEqual(PersonNames.asciiWordKey(w), PersonNames.wordKeyByCharacters(w), w.debugDescription)
            }
        }
        names += ["Bashar al-Assad", "Ahmed el-Sisi", "X Al-As-Foo", "al-", "Abu al-ad-Raqqa", "Ali as-Sadr.", "  al-Yemen  -- "]
        for n in names {
            XCTAssertEqual(PersonNames.asciiKey(n), PersonNames.words(n).map { PersonNames.wordKeyByCharacters($0) }.joined(),
                           n.debugDescription)
            XCTAssertEqual(PersonNames.asciiSurnameKey(n), PersonNames.surnameKeyByCharacters(n), n.debugDescription)
        }
        XCTAssertEqual(PersonNames.surnameKey("Bashar al-Assad"), "assad")
        XCTAssertNil(PersonNames.asciiKey("Recep Tayyip Erdoğan"))
        XCTAssertNil(PersonNames.asciiSurnameKey("Erdoğan"))
        XCTAssertEqual(PersonNames.key("Volodymyr Zelenskyy"), PersonNames.key("Volodymyr Zelensky"))
        XCTAssertEqual(PersonNames.key("Recep Tayyip Erdoğan"), PersonNames.key("Recep Tayyip Erdogan"))
        XCTAssertNil(PersonNames.asciiWordKey("Erdoğan"))
    }

    /// The table path of `wordKey` (Latin letters with diacritics) against the definition.
    func testLatinPathEqualsTheCharacterPath() {
        let words = ["Nguyễn", "Phạm", "Đức", "Lê", "Thổ", "Erdoğan", "Çavuşoğlu", "Łukaszenka", "Ðoàn", "Müller", "Ñúñez",
                     "Hồ", "Chí", "Minh", "Zelenskyi", "Yêvgeny", "Nechạyev", "Ki-mộon", "O'Brièn", "J.D.é", "ﬁnn", "Ærø",
                     "Straße", "İstanbul", "ǅemal", "Ǆ", "e\u{301}", "\u{301}a", "Å", "Ω", "Пётр", "x\r\né"]
        for w in words {
            XCTAssertEqual(PersonNames.wordKey(w), PersonNames.wordKeyByCharacters(w), w.debugDescription)
            if let bases = PersonNames.latinBases(w) {
                XCTAssertEqual(String(decoding: bases, as: UTF8.self).lowercased(), Folding.stripped(w), w.debugDescription)
            }
        }
        XCTAssertNil(PersonNames.latinBases("Пётр"))
        XCTAssertNil(PersonNames.latinBases("Straße"))
        XCTAssertEqual(PersonNames.latinBases("Đức").map { String(decoding: $0, as: UTF8.self) }, "Duc")
    }

    /// `parts` gives `key`, `surnameKey` and the word count of `words`.
    func testPartsEqualTheSeparateCalls() {
        for n in ["Sergei Lavrov", "Nguyễn Phú Trọng", "Recep Tayyip Erdoğan", "Bashar al-Assad", "Lê", "", " ", "Kim Jong-un",
                  "Ahmed el-Sīsī", "Hồ Chí Minh (Bác Hồ)", "Volodymyr Zelenskyy", "Oleksandr Zelenskiy", "Nechayev",
                  "Yevgeny Prigozhin", "Dmitriy Peskov", "Sergey Shoygu", "Abu Bakr al-Baghdadi", "al-ad-Assad", "Al-Assad",
                  "O'Brien-Smith", "X.Y. Ski", "Kowalski", "a\u{0}ye", "yes", "Yiy", "iiy", "(Putin)", "Putin,", "al-", "-",
                  "Zelenskii Zelenskyi", "J. R. R. Tolkien", "KIM JONG UN", "ayeye", "bskyy", "Sk",
                  // The surname key read from the key's last word, or rebuilt after an article.
                  "Zelenskyy", "Bashar AL-Assad", "Hafez al-Assad.", "Ali As-Sadr", "As-Sadr Ali", "EL-SISI",
                  "Mohammed bin Salman al-Saud", "ad-al-x", "Al-", "x al", "Ye Yeltsin", "O'Neil"] {
            let p = PersonNames.parts(n)
            XCTAssertEqual(p.key, PersonNames.key(n), n)
            XCTAssertEqual(p.surnameKey, PersonNames.surnameKey(n), n)
            XCTAssertEqual(p.wordCount, PersonNames.words(n).count, n)
        }
    }

    /// `spaceSplit` against `contains(" ")` and `split(separator: " ")`, including spaces
    /// that are not characters of their own (a combining mark after the space).
    func testSpaceSplitEqualsTheCharacterCalls() {
        for n in ["Sergei Lavrov", " Lavrov ", "Lê Đức Anh", "Nguyễn  Văn", "", " ", "  ", "a \u{301}b", "x \u{301}", "Ạ ạ",
                  "\u{600} x", "Hồ Chí Minh", "a\tb", "ab"] {
            let r = PersonNames.spaceSplit(n)
            let parts = n.split(separator: " ")
            XCTAssertEqual(r.hasSpace, n.contains(" "), n.debugDescription)
            XCTAssertEqual(r.count, parts.count, n.debugDescription)
            XCTAssertEqual(r.last, String(parts.last ?? ""), n.debugDescription)
        }
    }

    /// `PersonNameInfo` holds what the separate calls give.
    func testNameInfo() {
        for n in ["Sergei Lavrov", "Lavrov", "Nguyễn Phú Trọng", "Trọng", "Bashar al-Assad", " al-Assad ", "John -", "John  Smith ",
                  "J. D. Vance", "Smith, John", "A_B C", "Kim Jong-un", "x\ty", "", " ", "O'Brien 3", "Ban Ki-moon (UN)"] {
            let i = PersonNameInfo(n)
            XCTAssertEqual(i.key, PersonNames.key(n), n)
            XCTAssertEqual(i.surnameKey, PersonNames.surnameKey(n), n)
            XCTAssertEqual(i.singleWord, PersonNames.words(n).count == 1, n)
            XCTAssertEqual(i.spaced, n.contains(" "), n)
            XCTAssertEqual(i.oneWord, n.split(separator: " ").count == 1, n)
            XCTAssertEqual(i.lastWordKey, PersonNames.surnameKey(String(n.split(separator: " ").last ?? "")), n)
        }
    }

    /// `plainSpaceRuns` answers only where spaces are the only separators and the last run
    /// holds a letter, and then as `spaceSplit` does.
    func testPlainSpaceRuns() {
        let plain = ["Sergei Lavrov", " Lavrov ", "J. D. Vance", "Kim Jong-un", "O'Brien 3", "a  b  c", "x"]
        for n in plain {
            guard let r = PersonNames.plainSpaceRuns(n) else { XCTFail(n); continue }
            let split = PersonNames.spaceSplit(n)
            XCTAssertEqual(r.hasSpace, split.hasSpace, n)
            XCTAssertEqual(r.count, split.count, n)
            XCTAssertEqual(PersonNames.surnameKey(split.last), PersonNames.surnameKey(n), n)
        }
        for n in ["", " ", "John -", "Smith, John", "A_B C", "x\ty", "Ban Ki-moon (UN)", "Lê Đức Anh", "a b."] where n != "a b." {
            XCTAssertNil(PersonNames.plainSpaceRuns(n), n.debugDescription)
        }
        XCTAssertEqual(PersonNames.plainSpaceRuns("a b.")?.count, 2)
    }

    /// `asciiInfo`, the one-pass reading of an ASCII name, against the character paths and
    /// `plainSpaceRuns` called on their own (articles, `-sky` endings, separators other
    /// than the space, a last run without a letter); nil for a name with a non-ASCII byte.
    func testASCIIInfoEqualsPartsAndPlainSpaceRuns() {
        let names = ["Sergei Lavrov", " Lavrov ", "J. D. Vance", "Kim Jong-un", "O'Brien 3", "a  b  c", "x", "", " ",
                     "Bashar al-Assad", "Bashar AL-Assad", "Ahmed el-Sisi al-", "as-Sadr", "ad-Din al-el-x", "Eli Alon",
                     "Zelenskiy", "Volodymyr Zelenskyy", "Yevgeny Nechayev", "John -", "Smith, John", "A_B C", "x\ty",
                     "Ban Ki-moon (UN)", "a b.", "Al Gore", "Ed. Ames", "line\r\nbreak"]
        for n in names {
            guard let info = PersonNames.asciiInfo(n) else { XCTFail(n.debugDescription); continue }
            XCTAssertEqual(info.key, PersonNames.key(n), n.debugDescription)
            XCTAssertEqual(info.key, PersonNames.words(n).map { PersonNames.wordKeyByCharacters($0) }.joined(), n.debugDescription)
            XCTAssertEqual(info.surnameKey, PersonNames.surnameKey(n), n.debugDescription)
            XCTAssertEqual(info.surnameKey, PersonNames.surnameKeyByCharacters(n), n.debugDescription)
            XCTAssertEqual(info.wordCount, PersonNames.wordsByCharacters(Substring(n)).count, n.debugDescription)
            let plain = PersonNames.plainSpaceRuns(n)
            XCTAssertEqual(info.plain?.hasSpace, plain?.hasSpace, n.debugDescription)
            XCTAssertEqual(info.plain?.count, plain?.count, n.debugDescription)
        }
        for n in ["Erdoğan", "Nguyễn Văn Đức", "Lavrov\u{0}é"] { XCTAssertNil(PersonNames.asciiInfo(n), n) }
    }

    /// `asciiKey(of:first:then:)`, the key `startsKnownName` reads from tokens in place,
    /// against the key of the joined text; nil as soon as one text is not ASCII.
    func testKeyOfTokensEqualsTheKeyOfTheJoinedText() {
        let sentences = ["Israel Katz said", "Jordan Bardella met Zelenskiy-Zelenski O'Brien", "Georgia J.D. Vance",
                         "Chad Al-As-Foo ... Shoygu", "Mỹ Tâm hát", "Paris Hilton Erdoğan", "Nga - Lavrov"]
        for s in sentences {
            let tokens = Tokenizer.tokens(s)
            for first in tokens.indices {
                for end in (first + 1)...tokens.count {
                    let rest = (first + 1)..<end
                    let joined = ([tokens[first].text] + rest.map { tokens[$0].text }).joined(separator: " ")
                    XCTAssertEqual(PersonNames.asciiKey(of: tokens, first: first, then: rest), PersonNames.asciiKey(joined), joined)
                    if let k = PersonNames.asciiKey(of: tokens, first: first, then: rest) {
                        XCTAssertEqual(k, PersonNames.key(joined), joined)
                    }
                }
            }
        }
        XCTAssertEqual(PersonNames.asciiKey(of: Tokenizer.tokens("Israel Katz"), first: 0, then: 1..<2), PersonNames.key("Israel Katz"))
        XCTAssertNil(PersonNames.asciiKey(of: Tokenizer.tokens("Mỹ Tâm"), first: 0, then: 1..<2))
        XCTAssertEqual(PersonNames.asciiKey(Substring("Sergei Lavrov")), PersonNames.key("Sergei Lavrov"))
    }
}
