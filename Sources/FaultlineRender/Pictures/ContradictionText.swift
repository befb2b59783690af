import FaultlineModel

/// How a contradiction is explained in tooltips and labels.
enum ContradictionText {
    /// `Contradiction x1 — blame, score 0.86` with the topic and explanation on further lines.
    static func tooltip(_ x: Contradiction) -> String {
        var lines = ["Contradiction \(x.id) — \(x.kind.rawValue), score \(DOTValue.format(x.score, digits: 2))"]
        if !x.topic.isEmpty { lines.append("topic: " + PictureText.short(x.topic, 200)) }
        if !x.explanation.isEmpty { lines.append(PictureText.short(x.explanation, 400)) }
        lines.append("claims: " + x.claims.joined(separator: " ↔ "))
        return lines.joined(separator: "\n")
    }
}
