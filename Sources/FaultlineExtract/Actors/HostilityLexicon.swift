import FaultlineText

/// Words of fighting and mutual blame (`pháo kích`, `cáo buộc lẫn nhau`, `shelling`, `blame
/// each other`), per language (`hostility.tsv`, one phrase a line).
///
/// `hai bên` / `both sides` in a sentence with one of them means the warring parties, not
/// the two people who just met (`ActorComposer.bothActors`).
struct HostilityLexicon: Sendable {
    private var matcher = PhraseMatcher<Bool>()
    /// Key hashes of every phrase's first word: asked of every sentence, the trie is walked
    /// only from tokens that may start a phrase.
    private var firstKeys = KeyHashSet()

    var isEmpty: Bool { matcher.count == 0 }

    /// Adds one table row; returns a message when the row is malformed.
    mutating func add(columns cols: [String]) -> String? {
        guard cols.count == 1 else { return "expected 1 column: phrase" }
        let toks = Tokenizer.tokens(cols[0])
        guard toks.contains(where: \.isWord) else { return "empty phrase" }
        matcher.insert(keys: toks.map(\.key), true)
        firstKeys.insert(key: toks[0].key)
        return nil
    }

    /// True when one of the phrases occurs in `tokens`.
    /// - Complexity: O(tokens × longest phrase).
    func occurs(in tokens: [Token]) -> Bool {
        guard !isEmpty else { return false }
        // The trie's first-key bit rejects most tokens with one load, before the hash set
        // is probed (asked of every sentence naming two sides).
        for i in tokens.indices where matcher.mayStart(keyHash: tokens[i].keyHash) && tokens[i].isWord
            && firstKeys.contains(tokens[i].keyHash) {
            // Only whether one matches: the node walk hands out no values list.
            if matcher.longestMatchNode(in: tokens, at: i) != nil { return true }
        }
        return false
    }
}
