import XCTest
import FaultlineModel
@testable import FaultlineAnalysis

extension Analysis {
    func claim(_ id: String) -> Claim? { claims.first { $0.id == id } }
    func event(_ id: String) -> Event? { events.first { $0.id == id } }

    /// The global id of the claim a document made in a sentence (by speaker).
    func claimId(document: String, sentence: Int, speaker: String) -> String? {
        claims.first { $0.document == document && $0.sentence == sentence && $0.speaker == speaker }?.id
    }

    /// The contradiction between two claims, in either order.
    func contradiction(_ a: String?, _ b: String?) -> Contradiction? {
        guard let a, let b else { return nil }
        return contradictions.first { Set($0.claims) == [a, b] }
    }

    /// The contradiction that counts two claims — as its own pair or as one of its echoes — and
    /// the kind found for that very pair.
    func covering(_ a: String?, _ b: String?) -> (contradiction: Contradiction, kind: ContradictionKind)? {
        guard let a, let b else { return nil }
        let pair: Set<String> = [a, b]
        for x in contradictions {
            if Set(x.claims) == pair { return (x, x.kind) }
            if let echo = x.echoes.first(where: { Set($0.claims) == pair }) { return (x, echo.kind) }
        }
        return nil
    }

    /// The dispute a contradiction belongs to.
    func dispute(of x: Contradiction) -> Dispute? { disputes.first { $0.id == x.dispute } }

    /// Speakers of a contradiction's claims.
    func speakers(_ x: Contradiction) -> Set<String> { Set(x.claims.compactMap { claim($0)?.speaker }) }
}

func analyze(_ parts: [DocumentAnalysis], _ options: AnalysisOptions = .default) -> Analysis {
    CorpusAnalyzer().analyze(parts, options: options)
}

func json(_ a: Analysis) throws -> String { try JSONOutput.string(a) }

/// A fixed permutation of `items` from a seed (Fisher–Yates on SplitMix64).
func shuffled<T>(_ items: [T], seed: UInt64) -> [T] {
    var rng = SplitMix64(seed: seed)
    var out = items
    guard out.count > 1 else { return out }
    for i in stride(from: out.count - 1, to: 0, by: -1) {
        let j = Int(rng.next() % UInt64(i + 1))
        out.swapAt(i, j)
    }
    return out
}

/// The folder holding Package.swift, found from this file.
func packageRoot(_ file: String = #filePath) -> URL {
    var url = URL(fileURLWithPath: file).deletingLastPathComponent()
    while url.path != "/" {
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        url.deleteLastPathComponent()
    }
    return url
}
