/// Counts from scoring temporal expressions against gold, with the TempEval-3 measures.
///
/// - strict: same span (surrounding spaces ignored); relaxed: spans overlap.
/// - value / type accuracy: over relaxed-matched pairs.
/// - value F1 = value accuracy × relaxed F1 (TempEval-3's "value F1").
public struct TimexScores: Sendable, Hashable, CustomStringConvertible {
    public var documents = 0
    public var gold = 0
    public var system = 0
    /// Gold expressions with a system expression of the same span, and the reverse.
    public var strictGold = 0
    public var strictSystem = 0
    /// Gold expressions overlapping some system expression, and the reverse (TempEval-3).
    public var relaxedGold = 0
    public var relaxedSystem = 0
    /// One-to-one pairs of overlapping gold and system expressions (for attribute accuracy).
    public var pairs = 0
    public var valueCorrect = 0
    public var typeCorrect = 0

    public init() {}

    public static func + (a: TimexScores, b: TimexScores) -> TimexScores {
        var s = TimexScores()
        s.documents = a.documents + b.documents
        s.gold = a.gold + b.gold
        s.system = a.system + b.system
        s.strictGold = a.strictGold + b.strictGold
        s.strictSystem = a.strictSystem + b.strictSystem
        s.relaxedGold = a.relaxedGold + b.relaxedGold
        s.relaxedSystem = a.relaxedSystem + b.relaxedSystem
        s.pairs = a.pairs + b.pairs
        s.valueCorrect = a.valueCorrect + b.valueCorrect
        s.typeCorrect = a.typeCorrect + b.typeCorrect
        return s
    }

    private static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    private static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

    public var strictPrecision: Double { Self.ratio(strictSystem, system) }
    public var strictRecall: Double { Self.ratio(strictGold, gold) }
    public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
    public var relaxedPrecision: Double { Self.ratio(relaxedSystem, system) }
    public var relaxedRecall: Double { Self.ratio(relaxedGold, gold) }
    public var relaxedF1: Double { Self.f1(relaxedPrecision, relaxedRecall) }
    public var valueAccuracy: Double { Self.ratio(valueCorrect, pairs) }
    public var typeAccuracy: Double { Self.ratio(typeCorrect, pairs) }
    public var valueF1: Double { valueAccuracy * relaxedF1 }
    public var typeF1: Double { typeAccuracy * relaxedF1 }

    /// A fixed-width table (percentages), for the terminal and the README.
    public var description: String {
        func pct(_ x: Double) -> String {
            let v = (x * 1000).rounded() / 10
            let s = String(v)
            return String(repeating: " ", count: max(0, 6 - s.count)) + s
        }
        var out = "documents \(documents) · gold \(gold) · system \(system)\n"
        out += "               P      R     F1\n"
        out += "strict    \(pct(strictPrecision)) \(pct(strictRecall)) \(pct(strictF1))\n"
        out += "relaxed   \(pct(relaxedPrecision)) \(pct(relaxedRecall)) \(pct(relaxedF1))\n"
        out += "value accuracy \(pct(valueAccuracy))   value F1 \(pct(valueF1))\n"
        out += "type accuracy  \(pct(typeAccuracy))   type F1  \(pct(typeF1))\n"
        return out
    }
}
