import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// The resolver's string and ordering helpers against their definitions.
final class ActorResolverTests: XCTestCase {
    /// `asciiFill` gives what the character path gives, and declines non-ASCII input.
    func testASCIIFillEqualsTheCharacterPath() {
        let templates = ["{adj} foreign minister", "  {adj}  ", "{adj}{adj} x", "the {adj} Envoy", "{ad} army", "{adj", "",
                         "\t{adj}\tMinistry ", "{adj} government", "president of {adj}", "{ADJ} mayor", "\r\n{adj}", " a"]
        for t in templates {
            for a in ["Turkish", "", " ", "u.s.", "x{adj}", "Ukrainian "] {
                XCTAssertEqual(ActorResolver.asciiFill(t, adjective: a), ActorResolver.fillByCharacters(t, adjective: a),
                               "\(t.debugDescription) \(a.debugDescription)")
                XCTAssertEqual(ActorResolver.fill(t, adjective: a), ActorResolver.fillByCharacters(t, adjective: a))
            }
        }
        XCTAssertEqual(ActorResolver.fill("{adj} foreign minister", adjective: "Turkish"), "Turkish foreign minister")
        XCTAssertEqual(ActorResolver.fill("{adj} army", adjective: ""), "Army")
        XCTAssertNil(ActorResolver.asciiFill("{adj} quân đội", adjective: "Nga"))
        XCTAssertNil(ActorResolver.asciiFill("{adj} army", adjective: "Việt"))
        XCTAssertEqual(ActorResolver.fill("{adj} army", adjective: "ả"), "Ả army")
    }

    /// `mentionOrder` is a stable sort of the keys.
    func testMentionOrderIsAStableSort() {
        let cases: [[(Int, Int, Int, String)]] = [
            [],
            [(0, 0, 1, "a")],
            [(0, 0, 1, "a"), (0, 2, 3, "b"), (1, 0, 1, "a")],
            [(1, 0, 1, "a"), (0, 2, 3, "b"), (0, 2, 3, "b"), (0, 0, 1, "c"), (0, 2, 3, "a"), (1, 0, 1, "a")],
            [(0, 5, 6, "x"), (0, 5, 6, "x"), (0, 1, 2, "y"), (0, 5, 6, "w")],
        ]
        for keys in cases {
            let order = ActorResolver.mentionOrder(keys)
            // Insertion sort: stable by construction.
            var expected: [Int] = []
            for i in keys.indices {
                var at = expected.count
                while at > 0, keys[i] < keys[expected[at - 1]] { at -= 1 }
                expected.insert(i, at: at)
            }
            XCTAssertEqual(order, expected)
            XCTAssertEqual(Set(order), Set(keys.indices))
        }
        XCTAssertEqual(ActorResolver.mentionOrder([(1, 0, 1, "a"), (0, 0, 1, "b"), (0, 0, 1, "a"), (0, 0, 1, "a")]), [2, 3, 1, 0])
    }
    /// `root` is `String(code.prefix(3))`, `isCode` is `ActorCode(code) != nil`.
    func testRootAndIsCodeEqualTheirDefinitions() {
        for c in ["RUSGOV", "RUS", "IGOUNO", "ru", "rusgov", "", "A", "AB", "ABCD", "RUS GOV", "R\u{301}USGOV", "RU\u{301}S",
                  "RUSG\u{301}OV", "ÄBCDEF", "ABC\u{301}", "\r\nAB", "AB\r\nC", "12345", "ABCDEFG", "AB-CDE", "ĐĐĐ"] {
            XCTAssertEqual(ActorResolver.root(c), String(c.prefix(3)), c.debugDescription)
            XCTAssertEqual(ActorResolver.isCode(c), ActorCode(c) != nil, c.debugDescription)
        }
    }

    /// Ids ordered by `sortPrefix` first, then as strings, come in string order; `precedes`
    /// orders mentions by sentence, start, end and actor id.
    func testIdOrderAndMentionOrder() {
        let ids = ["russia", "russian-government", "russian-gov", "a", "", "ab", "abcdefgh", "abcdefghi", "abcdefgg-x", "x",
                   "sergei-lavrov", "sergei-lavro", "2022", "z-1", "ukraine", "ukrainian-military"].shuffled()
        let byPrefix = ids.sorted { a, b in
            let pa = ActorResolver.sortPrefix(a), pb = ActorResolver.sortPrefix(b)
            return pa != pb ? pa < pb : a < b
        }
        XCTAssertEqual(byPrefix, ids.sorted())
        func m(_ s: Int, _ a: Int, _ b: Int, _ id: String) -> ActorMention {
            ActorMention(actor: id, sentence: s, start: a, end: b, text: "t", rule: "r")
        }
        XCTAssertTrue(ActorResolver.precedes(m(0, 5, 6, "b"), m(1, 0, 1, "a")))
        XCTAssertTrue(ActorResolver.precedes(m(1, 0, 9, "b"), m(1, 1, 2, "a")))
        XCTAssertTrue(ActorResolver.precedes(m(1, 0, 2, "b"), m(1, 0, 3, "a")))
        XCTAssertTrue(ActorResolver.precedes(m(1, 0, 2, "a"), m(1, 0, 2, "b")))
        XCTAssertFalse(ActorResolver.precedes(m(1, 0, 2, "a"), m(1, 0, 2, "a")))
        XCTAssertFalse(ActorResolver.precedes(m(2, 0, 2, "a"), m(1, 0, 2, "a")))
    }

    /// `parseDate` reads `yyyy-mm-dd` (on bytes or by characters alike).
    func testParseDate() {
        XCTAssertEqual(ActorRecognizer.parseDate("2016-12-15"), 20161215)
        XCTAssertEqual(ActorRecognizer.parseDate("2016-12-15T10:00:00Z"), 20161215)
        XCTAssertEqual(ActorRecognizer.parseDate("2016-12-1"), 20161201)
        XCTAssertEqual(ActorRecognizer.parseDate("+2016-12-15"), 20161201, "ten characters: +2016-12-1")
        XCTAssertNil(ActorRecognizer.parseDate("2016-12"))
        XCTAssertNil(ActorRecognizer.parseDate("2016/12/15"))
        XCTAssertNil(ActorRecognizer.parseDate("2016-12-15\u{301}"))
        XCTAssertNil(ActorRecognizer.parseDate(""))
    }
    /// `string(_:as:)` gives the word itself when its bytes are the text's, else the text
    /// decoded; `isASCII` reads every byte, eight at a time and the rest one by one.
    func testMentionTextFromBytes() {
        for (text, word) in [("Nga", "Nga"), ("Nga", "nga"), ("Sergei Lavrov", "Sergei_Lavrov"), ("Erdoğan", "Erdoğan"),
                             ("Erdoğan", "Erdog\u{306}an"), ("", ""), ("a much longer mention text of many words", "a much longer mention text of many words")] {
            var t = text
            let made = t.withUTF8 { ActorResolver.string($0, as: word) }
            XCTAssertEqual(Array(made.utf8), Array(text.utf8), "\(text) \(word)")
            XCTAssertEqual(ActorResolver.isASCII(text), text.utf8.allSatisfy { $0 < 0x80 }, text)
        }
        for n in 0..<20 {
            for k in 0..<n {
                var bytes = [UInt8](repeating: 0x61, count: n)
                XCTAssertTrue(bytes.withUnsafeBufferPointer { ActorResolver.isASCII($0) })
                bytes[k] = 0xC3
                XCTAssertFalse(bytes.withUnsafeBufferPointer { ActorResolver.isASCII($0) }, "\(n) \(k)")
            }
        }
    }

    /// `permute` puts `items[order[k]]` at k, for any permutation (cycles, fixed points).
    func testPermuteEqualsTheIndexMap() {
        for n in [0, 1, 2, 3, 7, 40] {
            for _ in 0..<20 {
                let items = (0..<n).map { "item \($0) " + String(repeating: "x", count: $0) }
                let order = Array(0..<n).shuffled()
                var moved = items
                ActorResolver.permute(&moved, order)
                XCTAssertEqual(moved, order.map { items[$0] })
            }
        }
        var same = ["a", "b"]
        ActorResolver.permute(&same, [0, 1])
        XCTAssertEqual(same, ["a", "b"])
    }

    /// `hasPrefix` and `isPopulation` on bytes say what `String.hasPrefix` and the
    /// three-character prefix say, marks joining the third letter included.
    func testPrefixesOnBytesEqualTheCharacterDefinitions() {
        for s in ["MILGOV", "MIL", "MI", "", "GOVMIL", "MIL\u{301}X", "MIL\u{301}", "MILé", "mil", "CVL", "CVLREF", "REF",
                  "OPP", "OPPREB", "OP", "C\u{301}VL"] {
            XCTAssertEqual(ActorResolver.hasPrefix(s, 0x4D, 0x49, 0x4C), s.hasPrefix("MIL"), s.debugDescription)
            let p = s.prefix(3)
            XCTAssertEqual(ActorResolver.isPopulation(s, refugeesOnly: false), p == "CVL" || p == "REF" || p == "OPP", s.debugDescription)
            XCTAssertEqual(ActorResolver.isPopulation(s, refugeesOnly: true), p == "CVL" || p == "REF", s.debugDescription)
        }
    }

    /// `sameText` is `==`, across normal forms too; `isBothOrPronoun` names its two rules.
    func testSameTextAndRules() {
        let pairs: [(String, String)] = [("Lavrov", "Lavrov"), ("Lavrov", "Lavrova"), ("", ""), ("a", ""),
                                         ("Thổ Nhĩ Kỳ", "Tho\u{302}\u{309} Nhi\u{303} Ky\u{300}"), ("K", "\u{212A}"),
                                         ("sergeilavrovandmore", "sergeilavrovandmore"), ("sergeilavrovandmore", "sergeilavrovandmorf")]
        for (a, b) in pairs {
            XCTAssertEqual(ActorResolver.sameText(a, b), a == b, "\(a.debugDescription) \(b.debugDescription)")
            XCTAssertEqual(ActorResolver.sameText(b, a), a == b)
        }
        for rule in ["ref.both", "ref.pronoun", "ref.bothx", "lexicon", "ref.pronouns", "ref.Both", ""] {
            XCTAssertEqual(ActorResolver.isBothOrPronoun(rule), rule == "ref.both" || rule == "ref.pronoun", rule)
        }
    }

    /// Unknown names find the last unmerged person with that name key; surnames find a
    /// person only when one unmerged person has it.
    func testPersonLookupsByKey() {
        var persons = [PersonSlot(names: ["Sergei Lavrov"]), PersonSlot(names: ["Lavrov"]), PersonSlot(names: ["Antonio Guterres"]),
                       PersonSlot(names: ["Maria Zakharova"])]
        let lavrov = PersonNames.key("Sergei Lavrov"), guterres = PersonNames.surnameKey("Guterres")
        XCTAssertEqual(ActorResolver.personNamed(lavrov, in: persons), 0)
        XCTAssertNil(ActorResolver.personNamed(PersonNames.key("Nobody Here"), in: persons))
        XCTAssertEqual(ActorResolver.onlyPersonWithSurname(guterres, in: persons), 2)
        XCTAssertNil(ActorResolver.onlyPersonWithSurname(PersonNames.surnameKey("Lavrov"), in: persons), "two persons")
        persons[1].mergedInto = 0
        XCTAssertEqual(ActorResolver.onlyPersonWithSurname(PersonNames.surnameKey("Lavrov"), in: persons), 0, "merged slots do not count")
        persons.append(PersonSlot(names: ["Sergei Lavrov"]))
        XCTAssertEqual(ActorResolver.personNamed(lavrov, in: persons), 4, "the last slot with the key")
    }
}
