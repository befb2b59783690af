import XCTest
import FaultlineModel
import FaultlineText
@testable import FaultlineExtract

/// The bundled example corpus (`Examples/zaporizhzhia-week`: HTML pages with page chrome and
/// a JSONL feed, both languages): no page words, bylines or ship names become actors, and
/// each real-world person is one actor across all twelve documents.
final class ActorExamplesTests: XCTestCase {
    struct Corpus {
        var actors: [String: Actor] = [:]
        var unknown: Set<String> = []
        var mentionsByActor: [String: [String]] = [:]
    }

    static let corpus: Corpus? = {
        guard let root = ActorTestSupport.packageRoot() else { return nil }
        let dir = root.appendingPathComponent("Examples/zaporizhzhia-week")
        guard FileManager.default.fileExists(atPath: dir.path) else { return nil }
        var ingestor = Ingestor()
        let docs = ingestor.readAll([dir.path]).documents
        var c = Corpus()
        for d in docs {
            let r = ActorTestSupport.recognizer.recognize(d.sentences, language: d.language, date: d.published)
            for a in r.actors {
                if let old = c.actors[a.id], old.code != a.code { c.actors[a.id + "@" + (a.code ?? "-")] = a } else { c.actors[a.id] = a }
                if a.kind == .unknown { c.unknown.insert(a.id) }
            }
            for m in r.mentions { c.mentionsByActor[m.actor, default: []].append(m.text) }
        }
        return c
    }()

    func corpus() throws -> Corpus {
        guard let c = Self.corpus else { throw XCTSkip("Examples folder not present") }
        return c
    }

    func testNoPageChromeBylinesOrShipNamesBecomeActors() throws {
        let c = try corpus()
        let forbidden = ["daniel-hart", "claire-morgan", "claire-morgan-tue", "maria-keane", "pm-utc", "edt", "updated", "file",
                         "email", "director", "lieutenant", "tong-giam", "brave", "brave-commander", "aug", "global-wire",
                         "meridian-dispatch", "tin-quoc", "thuy-nga", "minh-duc", "my-linh", "hoang-linh", "my-tam", "europe"]
        for id in forbidden { XCTAssertNil(c.actors[id], "\(id): \(c.mentionsByActor[id] ?? [])") }
        XCTAssertEqual(c.unknown, [], c.unknown.map { "\($0): \(c.mentionsByActor[$0] ?? [])" }.joined(separator: "\n"))
    }

    func testEachPersonIsOneActorWithItsCode() throws {
        let c = try corpus()
        let expected = [
            "recep-tayyip-erdogan": "TURGOV", "antonio-guterres": "IGOUNO", "volodymyr-zelensky": "UKRGOV",
            "emmanuel-macron": "FRAGOV", "vladimir-putin": "RUSGOV", "igor-konashenkov": "RUSMIL", "dmytro-kuleba": "UKRGOV",
            "maria-zakharova": "RUSGOV", "rafael-grossi": "IGOUNOIAE", "stephane-dujarric": "IGOUNO",
            "mevlut-cavusoglu": "TURGOV", "ivan-nechayev": "RUSGOV", "dmitry-peskov": "RUSGOV",
        ]
        for (id, code) in expected { XCTAssertEqual(c.actors[id]?.code, code, id) }
        // No second actor for a spelling or a surname of the same person.
        for id in ["erdogan", "tayyip-erdogan", "guterres", "macron", "zelenskiy", "volodymyr-zelenskiy", "konashenkov", "grossi"] {
            XCTAssertNil(c.actors[id], id)
        }
        // No code disagreement between documents.
        XCTAssertTrue(c.actors.keys.allSatisfy { !$0.contains("@") }, c.actors.keys.filter { $0.contains("@") }.joined(separator: ", "))
    }
}
