import FaultlineModel
import FaultlineText

extension SentenceContext {
    /// Groups mentions joined by `và`/`and`/`,` (commas only inside a list that a joiner closes).
    ///
    /// Runs on every sentence: the tokens between two mentions are looked at as a range
    /// (no array per pair), a group's members are a range of mention indices (they are
    /// always consecutive), and a one-mention group reads its mention's actor list (see
    /// `ActorGroups`).
    static func makeGroups(_ mentions: [MentionSpan], tokens: [Token], table: [TokenInfo], limit: Int) -> ActorGroups {
        var groups = ActorGroups(mentions: mentions)
        let classes = TokenColumn<ClassesField>(table: table)
        // Mentions sharing one span (`hai ngoại trưởng`) are already one span each.
        // Mentions are sorted by start (`CodingInput`), so those before `limit` are a prefix.
        let count = mentions.firstIndex { $0.start >= limit } ?? mentions.count
        // (Not for a sentence without names: reserving nothing still went through the runtime.)
        if count > 0 { groups.reserveCapacity(count) }
        var k = 0
        while k < count {
            // Members so far are `k...last`; mentions `last + 1 ..< j` are joined by commas
            // only, pending a joiner that closes the list.
            var last = k
            var end = mentions[k].end
            var j = k + 1
            // Overlapping mentions (`the pro-German King Constantine I`) are never joined.
            while j < count, mentions[j].start >= end {
                let between = end..<mentions[j].start
                // `Vietnam and the United States`: a determiner may follow the joiner.
                let joiner = !between.isEmpty && between.contains { classes[$0].contains(.joiner) }
                    && between.allSatisfy { classes[$0].contains(.joiner) || classes[$0].contains(.classifier) }
                    && !classes[between.lowerBound].contains(.classifier)
                let comma = between.count == 1 && equals(tokens[between.lowerBound].text, ascii: UInt8(ascii: ","), ",")
                let commaJoiner = between.count >= 2 && equals(tokens[between.lowerBound].text, ascii: UInt8(ascii: ","), ",")
                    && between.dropFirst().allSatisfy { classes[$0].contains(.joiner) }
                // `A, and B did …` is two clauses; `A, B, and C` is a list; nothing joins a
                // source named after `Theo`/`According to` to what follows its comma.
                let listSoFar = last > k || j > last + 1
                if comma || commaJoiner {
                    let first = mentions[k].start
                    if (max(0, first - 3)..<first).contains(where: { classes[$0].contains(.attribution) }) { break }
                }
                if joiner || (commaJoiner && listSoFar) {
                    last = j
                    end = mentions[j].end; j += 1
                } else if comma {
                    // Look ahead: the comma list counts only if a joiner closes it.
                    end = mentions[j].end; j += 1
                } else {
                    break
                }
            }
            if j > last + 1 {
                // No closing joiner: drop the comma-joined tail again.
                j = last + 1
                end = mentions[last].end
            }
            groups.append(members: k..<(last + 1), end: end)
            k = j
        }
        return groups
    }
}
