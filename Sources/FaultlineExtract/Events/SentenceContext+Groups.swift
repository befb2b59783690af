import FaultlineModel
import FaultlineText

/// Adjacent actor mentions joined into one party (`Nga và Thổ Nhĩ Kỳ`, `A, B and C`).
///
/// An immutable class: the coder reads groups at every step of its searches (`let grp =
/// ctx.groups[g]`, closures over `ctx.groups`), and each copy of a struct retained its three
/// arrays. What the coder asks of the kinds (media only, places only, a party) is decided
/// once here.
final class ActorGroup: Sendable {
    /// Indices of the member mentions (consecutive: a group joins neighbouring names).
    let mentions: Range<Int>
    let start: Int
    let end: Int
    let actors: [String]
    let kinds: [ActorKind]
    /// CAMEO code of each actor ("" for none), in the order of `actors`.
    let codes: Codes
    let isMediaOnly: Bool
    let isLocationOnly: Bool
    let hasParty: Bool

    init(mentions: Range<Int>, start: Int, end: Int, actors: [String], kinds: [ActorKind], codes: [String]) {
        self.mentions = mentions; self.start = start; self.end = end
        self.actors = actors; self.kinds = kinds; self.codes = Codes(list: codes)
        isMediaOnly = kinds.allSatisfy { $0 == .media }
        isLocationOnly = kinds.allSatisfy { $0 == .location }
        hasParty = zip(kinds, codes).contains { $0.0 != .media && $0.0 != .location && !$0.1.isEmpty }
    }

    /// The group of one mention naming at most one actor (`kind` nil when it names none):
    /// the usual group, built without an array of its own (the actor list is the mention's,
    /// the kind list a shared one, the code kept inline).
    init(mentions: Range<Int>, start: Int, end: Int, actors: [String], kind: ActorKind?, code: String) {
        self.mentions = mentions; self.start = start; self.end = end
        self.actors = actors
        if let kind {
            kinds = ActorGroup.kinds(kind)
            codes = Codes(sole: code)
            isMediaOnly = kind == .media
            isLocationOnly = kind == .location
            hasParty = kind != .media && kind != .location && !code.isEmpty
        } else {
            kinds = []
            codes = Codes(list: [])
            isMediaOnly = true; isLocationOnly = true; hasParty = false
        }
    }

    /// The codes of a group's actors, read like an array: one code kept inline for a
    /// one-actor group (most groups), a list otherwise. An array literal per group was an
    /// allocation on every sentence, and a free when the sentence was done.
    struct Codes: RandomAccessCollection, Sendable {
        private let sole: String
        private let list: [String]
        let endIndex: Int

        init(sole: String) { self.sole = sole; list = []; endIndex = 1 }
        init(list: [String]) { sole = ""; self.list = list; endIndex = list.count }

        var startIndex: Int { 0 }

        subscript(k: Int) -> String {
            precondition(k >= 0 && k < endIndex, "ActorGroup.Codes: index out of range")
            return list.isEmpty ? sole : list[k]
        }
    }

    /// `[kind]`, shared: most groups name one actor, and a one-element array made per group
    /// was an allocation per group.
    static func kinds(_ kind: ActorKind) -> [ActorKind] { singleKinds[ordinal(kind)] }

    private static let singleKinds: [[ActorKind]] =
        [[.country], [.person], [.organization], [.armedGroup], [.population], [.media], [.location], [.group], [.unknown]]

    /// Position of `kind` in `singleKinds` (a switch: no hashing, and a new kind must be given one).
    private static func ordinal(_ kind: ActorKind) -> Int {
        switch kind {
        case .country: return 0
        case .person: return 1
        case .organization: return 2
        case .armedGroup: return 3
        case .population: return 4
        case .media: return 5
        case .location: return 6
        case .group: return 7
        case .unknown: return 8
        }
    }
}

extension SentenceContext {
    /// Groups mentions joined by `và`/`and`/`,` (commas only inside a list that a joiner closes).
    ///
    /// Runs on every sentence: the tokens between two mentions are looked at as a range
    /// (no array per pair), a group's members are a range of mention indices (they are
    /// always consecutive), and a one-mention group shares its mention's actor list.
    static func makeGroups(_ mentions: [MentionSpan], tokens: [Token], table: [TokenInfo], limit: Int) -> [ActorGroup] {
        var groups: [ActorGroup] = []
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
            groups.append(makeGroup(k..<(last + 1), of: mentions, end: end))
            k = j
        }
        return groups
    }

    /// The group of `members` (mention indices), each actor once, in order.
    private static func makeGroup(_ members: Range<Int>, of mentions: [MentionSpan], end: Int) -> ActorGroup {
        // Fields are read in place: a copy of the mention retained its strings and list.
        let f = members.lowerBound
        if members.count == 1, mentions[f].actors.count <= 1 {
            // One mention naming at most one actor: its list is already the group's.
            return ActorGroup(mentions: members, start: mentions[f].start, end: end, actors: mentions[f].actors,
                              kind: mentions[f].actors.isEmpty ? nil : mentions[f].kind, code: mentions[f].code ?? "")
        }
        // Sized once for every actor of the members: appending one by one regrew each list.
        var total = 0
        for m in members { total += mentions[m].actors.count }
        var actors: [String] = []
        var kinds: [ActorKind] = []
        var codes: [String] = []
        actors.reserveCapacity(total); kinds.reserveCapacity(total); codes.reserveCapacity(total)
        for m in members {
            for a in mentions[m].actors where !actors.contains(a) {
                actors.append(a); kinds.append(mentions[m].kind); codes.append(mentions[m].code ?? "")
            }
        }
        return ActorGroup(mentions: members, start: mentions[f].start, end: end, actors: actors, kinds: kinds, codes: codes)
    }
}
