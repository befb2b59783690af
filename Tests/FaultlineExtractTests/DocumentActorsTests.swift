import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// The document-level state of actor recognition.
final class DocumentActorsTests: XCTestCase {
    /// One pass gives both countries of each sentence: a named country wins over a place,
    /// except with `placesFirst`; two countries leave the place (or nothing).
    func testSentenceCountryPair() throws {
        for lang in ["en", "vi"] {
            let lexicon = try XCTUnwrap(ActorTestSupport.recognizer.lexicons[lang])
            let place = try XCTUnwrap(lexicon.actors.indices.first {
                lexicon.actors[$0].kind == .location && lexicon.actors[$0].country == "UKR"
            }, lang)
            func collective(_ root: String) -> ActorKey {
                .collective(root: root, sector: "MIL", kind: .organization, template: "{adj} forces")
            }
            var doc = DocumentActors(lexicon: lexicon, date: nil)
            doc.mentions = [
                RawMention(sentence: 0, start: 0, end: 1, key: .entry(place), rule: "t"),
                RawMention(sentence: 0, start: 2, end: 3, key: collective("RUS"), rule: "t"),
                RawMention(sentence: 1, start: 0, end: 1, key: collective("SYR"), rule: "t"),
                RawMention(sentence: 2, start: 0, end: 1, key: .entry(place), rule: "t"),
                RawMention(sentence: 2, start: 1, end: 2, key: collective("RUS"), rule: "t"),
                RawMention(sentence: 2, start: 2, end: 3, key: collective("SYR"), rule: "t"),
                RawMention(sentence: 3, start: 0, end: 1, key: collective("RUS"), rule: "t"),
                RawMention(sentence: 3, start: 1, end: 2, key: collective("SYR"), rule: "t"),
            ]
            let pair = doc.sentenceCountryPair()
            XCTAssertEqual(pair.any, [0: "RUS", 1: "SYR", 2: "UKR"], lang)
            XCTAssertEqual(pair.placesFirst, [0: "UKR", 1: "SYR", 2: "UKR"], lang)
            XCTAssertEqual(doc.sentenceCountries(), pair.any, lang)
            XCTAssertEqual(doc.sentenceCountries(placesFirst: true), pair.placesFirst, lang)
        }
    }

    /// A lexicon entry mentioned several times is one actor with every mention counted.
    func testRepeatedEntryIsOneActor() {
        let r = ActorTestSupport.recognize("Russia said on Monday that Russia would never accept it, and Russia left.", language: "en")
        XCTAssertEqual(r.actor(id: "russia")?.mentions, 3, ActorTestSupport.dump(r))
        XCTAssertEqual(r.actor(id: "russia")?.code, "RUS")
        let vi = ActorTestSupport.recognize("Nga cho biết Nga sẽ không chấp nhận, và Nga đã rút lui.", language: "vi")
        XCTAssertEqual(vi.actor(id: "russia")?.mentions, 3, ActorTestSupport.dump(vi))
    }

    /// The byte search for `Ministry` agrees with `contains`, a combining mark after the
    /// word included.
    func testNamesMinistry() {
        for t in ["{adj} Foreign Ministry", "Ministry of Defence", "ministry", "Ministr", "", "M", "the Ministryy", "Bộ Ngoại giao",
                  "Ministry\u{301}", "x Ministry\u{301} Ministry", "Ministère Ministry", "MMinistry"] {
            XCTAssertEqual(DocumentActors.namesMinistry(t), t.contains("Ministry"), t.debugDescription)
        }
    }

    /// One cached entry per name holds its keys and the well-known person it stands for.
    func testNameEntry() throws {
        let lexicon = try ActorLexicon.builtIn(language: "en")
        var doc = DocumentActors(lexicon: lexicon, date: 20220301)
        for n in ["Sergei Lavrov", "Lavrov", "John Smith", "Volodymyr Zelenskiy"] {
            let e = doc.nameEntry(n)
            XCTAssertEqual(e.info.key, PersonNames.key(n), n)
            XCTAssertEqual(e.known, lexicon.knownPerson(key: e.info.key, singleWord: e.info.singleWord, date: 20220301), n)
            XCTAssertEqual(doc.known(n), e.known, n)
            XCTAssertEqual(doc.nameInfo(n).surnameKey, e.info.surnameKey, n)
        }
        XCTAssertNotNil(doc.known("Sergei Lavrov"))
        XCTAssertNil(doc.known("John Smith"))
        // Names `==` equates (another normal form) share one entry, as a dictionary by name gave.
        let composed = doc.nameEntry("Recep Tayyip Erdoğan"), decomposed = doc.nameEntry("Recep Tayyip Erdog\u{306}an")
        XCTAssertEqual(decomposed.info.key, composed.info.key)
        XCTAssertEqual(decomposed.known, composed.known)
        // A repeated name is found by its bytes: the same entry again.
        XCTAssertEqual(doc.nameEntry("Recep Tayyip Erdoğan").info.key, composed.info.key)
        for (a, b) in [("Erdoğan", "Erdoğan"), ("Erdoğan", "Erdog\u{306}an"), ("Lavrov", "Lavrova"), ("", ""), ("a", "b")] {
            var bytes = b
            XCTAssertEqual(bytes.withUTF8 { DocumentActors.hasBytes(a, $0) }, Array(a.utf8) == Array(b.utf8), "\(a) \(b)")
        }
        let s = doc.person(named: "Sergei Lavrov", roleKey: nil, template: nil, sector: nil, root: nil)
        XCTAssertEqual(doc.findPerson(doc.nameEntry("Lavrov"), root: nil), s)
        XCTAssertEqual(doc.findPerson(named: "Lavrov", root: nil), s)
        XCTAssertNil(doc.findPerson(named: "John Smith", root: nil))
    }

    /// Troops of a sentence take the one country of its military persons (spokesmen,
    /// commanders); two such countries, or none, give none.
    func testMilitaryPersonRoot() throws {
        let lexicon = try XCTUnwrap(ActorTestSupport.recognizer.lexicons["en"])
        var doc = DocumentActors(lexicon: lexicon, date: nil)
        doc.persons = [PersonSlot(names: ["Igor Konashenkov"], sector: "MIL", root: "RUS"),
                       PersonSlot(names: ["Valery Zaluzhny"], sector: "MILGOV", root: "UKR"),
                       PersonSlot(names: ["Dmitry Peskov"], sector: "GOV", root: "RUS"),
                       PersonSlot(names: ["Sergei Shoigu"], sector: "MIL", root: "RUS")]
        doc.persons[3].mergedInto = 0
        doc.mentions = [
            RawMention(sentence: 0, start: 0, end: 1, key: .person(0), rule: "t"),
            RawMention(sentence: 0, start: 2, end: 3, key: .person(2), rule: "t"),
            RawMention(sentence: 1, start: 0, end: 1, key: .person(0), rule: "t"),
            RawMention(sentence: 1, start: 1, end: 2, key: .person(1), rule: "t"),
            RawMention(sentence: 2, start: 0, end: 1, key: .person(2), rule: "t"),
            RawMention(sentence: 3, start: 0, end: 1, key: .person(3), rule: "t"),
            RawMention(sentence: 3, start: 1, end: 2, key: .person(0), rule: "t"),
        ]
        let countries = MentionCountries(doc)
        XCTAssertEqual(doc.militaryPersonRoot(sentence: 0, countries: countries), "RUS")
        XCTAssertNil(doc.militaryPersonRoot(sentence: 1, countries: countries), "two countries")
        XCTAssertNil(doc.militaryPersonRoot(sentence: 2, countries: countries), "no military person")
        XCTAssertEqual(doc.militaryPersonRoot(sentence: 3, countries: countries), "RUS", "a merged slot is its target")
        XCTAssertNil(doc.militaryPersonRoot(sentence: 7, countries: countries))
    }
}
