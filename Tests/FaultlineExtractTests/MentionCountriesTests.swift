import XCTest
import FaultlineModel
import FaultlineText
@testable import FaultlineExtract

/// The per-mention country facts the resolver reads (`MentionCountries`).
final class MentionCountriesTests: XCTestCase {
    private func collective(_ root: String?, _ kind: ActorKind = .organization) -> ActorKey {
        .collective(root: root, sector: "MIL", kind: kind, template: "{adj} forces")
    }

    private func entry(_ lexicon: ActorLexicon, kind: ActorKind, country: String) throws -> Int {
        try XCTUnwrap(lexicon.actors.indices.first { lexicon.actors[$0].kind == kind && lexicon.actors[$0].country == country })
    }

    /// Places count twice, ties go to the country named first, persons and outlets never
    /// place a sentence, and `excluding` leaves a country out.
    func testCountryQuestions() throws {
        let lexicon = try XCTUnwrap(ActorTestSupport.recognizer.lexicons["en"])
        let ukrPlace = try entry(lexicon, kind: .location, country: "UKR")
        let rus = try entry(lexicon, kind: .country, country: "RUS")
        var doc = DocumentActors(lexicon: lexicon, date: nil)
        doc.persons.append(PersonSlot(names: ["Sergei Lavrov"], root: "RUS"))
        doc.mentions = [
            RawMention(sentence: 0, start: 0, end: 1, key: .entry(rus), rule: "t"),
            RawMention(sentence: 0, start: 2, end: 3, key: .person(0), rule: "t"),
            RawMention(sentence: 1, start: 0, end: 1, key: collective("SYR"), rule: "t"),
            RawMention(sentence: 1, start: 1, end: 2, key: collective("TUR", .media), rule: "t"),
            RawMention(sentence: 2, start: 0, end: 1, key: .entry(ukrPlace), rule: "t"),
            RawMention(sentence: 2, start: 1, end: 2, key: collective("RUS"), rule: "t"),
            RawMention(sentence: 2, start: 2, end: 3, key: collective("SYR"), rule: "t"),
            RawMention(sentence: 4, start: 0, end: 1, key: .place("Bam", root: "IRN"), rule: "t"),
        ]
        let c = MentionCountries(doc)
        XCTAssertEqual(c.root(c.facts[0].country), "RUS")
        XCTAssertEqual(c.roots, ["RUS", "SYR", "TUR", "UKR", "IRN"], "roots in order of first mention")
        XCTAssertEqual(c.facts[1].any, MentionCountries.none, "persons give no country")
        XCTAssertTrue(c.facts[4].isPlace)
        XCTAssertEqual(c.facts[4].country, MentionCountries.none, "a place is no named country")
        XCTAssertTrue(c.facts[3].isMedia)
        XCTAssertNil(c.onlyCountry())
        // RUS 2, SYR 2, TUR 1, UKR 2 (a place), IRN 1: RUS is named first.
        XCTAssertEqual(c.dominant(), "RUS")
        XCTAssertEqual(c.dominant(excluding: "RUS"), "SYR")
        XCTAssertEqual(c.dominant(), doc.dominantCountry())
        XCTAssertEqual(c.dominant(excluding: "FRA"), "RUS", "a root never named excludes nothing")
        XCTAssertEqual(c.root(c.dominantID(excluding: c.id(of: "RUS"))), "SYR")
        XCTAssertEqual(c.id(of: "FRA"), MentionCountries.none)
        let pair = c.sentencePair(count: 6)
        XCTAssertEqual(pair.any, ["RUS", "SYR", "UKR", nil, "IRN", nil])
        XCTAssertEqual(pair.placesFirst, ["RUS", "SYR", "UKR", nil, "IRN", nil])
        XCTAssertEqual(c.otherRoot(sentence: 2, excluding: ["RUS"]), nil, "UKR and SYR are left")
        XCTAssertEqual(c.otherRoot(sentence: 2, excluding: ["RUS", "SYR"]), "UKR")
        XCTAssertEqual(c.otherRoot(sentence: 1, excluding: []), "SYR", "the outlet does not count")
        XCTAssertEqual(c.root(c.otherRootID(sentence: 2) { c.roots[Int($0)] != "UKR" }), "UKR")
        XCTAssertEqual(c.firstPlace(sentence: 2, excluding: "RUS"), "UKR")
        XCTAssertNil(c.firstPlace(sentence: 2, excluding: "UKR"))
        XCTAssertNil(c.firstPlace(sentence: 9, excluding: "UKR"))

        var one = DocumentActors(lexicon: lexicon, date: nil)
        one.mentions = [RawMention(sentence: 0, start: 0, end: 1, key: .entry(rus), rule: "t"),
                        RawMention(sentence: 3, start: 0, end: 1, key: collective("RUS"), rule: "t")]
        XCTAssertEqual(MentionCountries(one).onlyCountry(), "RUS")
        XCTAssertEqual(one.onlyCountry(), "RUS")
    }

    /// A dateline's place places its sentence only when nothing else does.
    func testDatelinePlaceComesLast() throws {
        let lexicon = try XCTUnwrap(ActorTestSupport.recognizer.lexicons["en"])
        let egyPlace = try entry(lexicon, kind: .location, country: "EGY")
        let ukrPlace = try entry(lexicon, kind: .location, country: "UKR")
        var doc = DocumentActors(lexicon: lexicon, date: nil)
        doc.mentions = [
            RawMention(sentence: 0, start: 0, end: 1, key: .entry(egyPlace), rule: "place.dateline"),
            RawMention(sentence: 0, start: 5, end: 6, key: .place("Gaza", root: "PSE"), rule: "t"),
            RawMention(sentence: 1, start: 0, end: 1, key: .entry(egyPlace), rule: "place.dateline"),
            RawMention(sentence: 1, start: 3, end: 4, key: collective("ISR"), rule: "t"),
            RawMention(sentence: 2, start: 0, end: 1, key: .entry(ukrPlace), rule: "place.dateline"),
        ]
        let c = MentionCountries(doc)
        XCTAssertTrue(c.facts[0].isDateline)
        XCTAssertFalse(c.facts[1].isDateline)
        let pair = c.sentencePair(count: 3)
        XCTAssertEqual(pair.placesFirst, ["PSE", "ISR", "UKR"])
        XCTAssertEqual(pair.any, ["PSE", "ISR", "UKR"])
    }

    /// Countries before an attack noun (`Russian strikes`) or after `của` following one
    /// (`cuộc không kích của Nga`) are attackers; others are not.
    func testAttackerRoots() throws {
        for (lang, text, start, end, expected) in [
            ("en", "Russian air strikes hit the town", 0, 1, true),
            ("en", "Russian officials said the town was calm", 0, 1, false),
            ("vi", "các cuộc không kích của Nga", 5, 6, true),
            ("vi", "các cuộc họp của Nga", 4, 5, false),
        ] {
            let lexicon = try XCTUnwrap(ActorTestSupport.recognizer.lexicons[lang])
            let toks = Tokenizer.tokens(text)
            XCTAssertEqual(DocumentActors.modifiesAttack(start: start, end: end, tokens: toks), expected, text)
            var doc = DocumentActors(lexicon: lexicon, date: nil)
            doc.mentions = [RawMention(sentence: 0, start: start, end: end, key: collective("RUS"), rule: "t")]
            let c = MentionCountries(doc)
            XCTAssertEqual(c.attackerRoots(tokens: [toks]), expected ? [0: ["RUS"]] : [:], text)
            let words = DocumentActors.AttackWords()
            XCTAssertEqual(c.isAttacker(c.id(of: "RUS"), sentence: 0, tokens: [toks], words: words), expected, text)
            XCTAssertEqual(c.hasAttacker(sentence: 0, tokens: [toks], words: words), expected, text)
            XCTAssertFalse(c.isAttacker(MentionCountries.none, sentence: 0, tokens: [toks], words: words))
            XCTAssertFalse(c.hasAttacker(sentence: 0, tokens: [], words: words), "a sentence without tokens has no attacker")
        }
    }

    /// `KeyList` (the attack nouns) finds one-token keys, two tokens against two-word
    /// phrases, and a word-segmented token holding a space.
    func testKeyListPhrases() {
        let viKey = Tokenizer.tokens("tấn công").map(\.key).joined(separator: " ")
        let phrases = KeyList(keys: ["strike", "air strike", viKey, "a b c"])
        let toks = Tokenizer.tokens("Air strike, tấn công")
        XCTAssertTrue(phrases.contains(toks[1]))
        XCTAssertFalse(phrases.contains(toks[0]))
        XCTAssertTrue(phrases.containsPair(toks[0], toks[1]))
        XCTAssertFalse(phrases.containsPair(toks[1], toks[0]))
        let vi = toks.filter(\.isWord).suffix(2).map { $0 }
        XCTAssertTrue(phrases.containsPair(vi[0], vi[1]))
        let segmented = Tokenizer.tokens("a_b c")
        if segmented.count == 2, segmented[0].key == "a b" {
            XCTAssertTrue(phrases.containsPair(segmented[0], segmented[1]))
        }
    }
}
