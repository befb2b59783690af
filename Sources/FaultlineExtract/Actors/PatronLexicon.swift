import FaultlineModel
import FaultlineText

/// How the text ties an actor to the country or organisation behind it.
///
/// Two families, coded differently (see `ActorComposer.composePatron`):
/// - agents (`installed`, `appointed`): the patron put them in office, they exercise its
///   authority (`a Moscow-installed official`, `thống đốc do Kiev bổ nhiệm`);
/// - proxies (`backed`, `pro`): local actors a patron supports (`Kremlin-backed
///   separatists`, `lực lượng thân Iran`).
enum PatronRelation: String, Sendable, CaseIterable {
    case installed, appointed, backed, pro

    /// True for relations that make the actor the patron's own agent.
    var isAgent: Bool { self == .installed || self == .appointed }

    /// The English qualifier: `Russian-installed`, `pro-Russian`.
    func qualifier(_ patron: String) -> String {
        self == .pro ? "pro-" + patron : patron + "-" + rawValue
    }
}

/// The words that describe an actor by its patron, per language (`patrons.tsv`).
///
/// Format: `phrase <TAB> form <TAB> value [<TAB> display]`, forms:
/// - `suffix`: second half of an English compound (`Moscow-installed`, `U.S.-backed`); value
///   is the relation;
/// - `prefix`: before the patron (`pro-Russian`, `thân Nga`); value is the relation;
/// - `by`: between the actor and the patron (`backed by Iran`, `loyal to Moscow`);
/// - `verb`: after the patron in a Vietnamese passive (`do Nga thiết lập`, `được Nga hậu thuẫn`);
/// - `marker`: the word before that patron (`do`, `được`, `bởi`); value `-`;
/// - `link`: a word joining a member to its body (`quan chức thuộc chính quyền …`); value `-`;
/// - `head`: a generic noun that names an actor only with a patron (`lực lượng thân Iran`);
///   value is the role phrase whose sector and name it takes (`lực lượng vũ trang`);
/// - `patron`: a patron word that is no actor by itself (`Western`); value is the code and
///   `display` the English adjective used in names.
struct PatronLexicon: Sendable {
    enum Form: String, Sendable, CaseIterable {
        case suffix, prefix, by, verb, marker, link, head, patron

        /// This form as a member of `Forms`.
        var bit: Forms {
            switch self {
            case .suffix: return .suffix
            case .prefix: return .prefix
            case .by: return .by
            case .verb: return .verb
            case .marker: return .marker
            case .link: return .link
            case .head: return .head
            case .patron: return .patron
            }
        }
    }

    /// A set of forms as bits: `match` is asked around every role with a literal set of
    /// forms, which as a `Set<Form>` would be allocated and hashed on each call.
    struct Forms: OptionSet, Sendable {
        let rawValue: UInt8
        static let suffix = Forms(rawValue: 1 << 0)
        static let prefix = Forms(rawValue: 1 << 1)
        static let by = Forms(rawValue: 1 << 2)
        static let verb = Forms(rawValue: 1 << 3)
        static let marker = Forms(rawValue: 1 << 4)
        static let link = Forms(rawValue: 1 << 5)
        static let head = Forms(rawValue: 1 << 6)
        static let patron = Forms(rawValue: 1 << 7)
    }

    struct Word: Sendable, Hashable {
        var form: Form
        var relation: PatronRelation?
        /// Role phrase of a `head`, code of a `patron`.
        var value: String?
    }

    private var matcher = PhraseMatcher<Word>()
    /// Relation by the key of a compound's second half (`installed`, `backed`).
    private(set) var suffixes: [String: PatronRelation] = [:]
    /// Key hashes of `suffixes`: the word before every title is asked, and almost none is
    /// a suffix, so most are rejected without hashing their key into the dictionary.
    private var suffixHashes = KeyHashSet()
    /// Relation by the key of a compound's first half (`pro`).
    private(set) var prefixes: [String: PatronRelation] = [:]
    /// English adjective of a patron code with no country fact (`WST` → `Western`).
    private(set) var display: [String: String] = [:]
    /// Key hashes of the first word of every `head` phrase: a sentence is searched for heads
    /// only where one of these stands. A `KeyHashSet` rather than a `Set<UInt64>`: asked
    /// of every token whose bit below is set, the set hashed the hash again with SipHash.
    private(set) var headStarts = KeyHashSet()
    /// One bit per `headStarts` hash (its low six bits): asked of every token, it rejects
    /// almost all of them without hashing the hash into the set.
    private(set) var headStartBits: UInt64 = 0

    var isEmpty: Bool { matcher.count == 0 }

    /// Adds one table row; returns a message when the row is malformed.
    mutating func add(columns cols: [String]) -> String? {
        guard cols.count == 3 || cols.count == 4 else { return "expected 3 or 4 columns: phrase, form, value, [display]" }
        guard let form = Form(rawValue: cols[1]) else { return "unknown form '\(cols[1])'" }
        let toks = Tokenizer.tokens(cols[0])
        guard toks.contains(where: \.isWord) else { return "empty phrase" }
        var word = Word(form: form, relation: nil, value: nil)
        switch form {
        case .suffix, .prefix, .by, .verb:
            guard let r = PatronRelation(rawValue: cols[2]) else { return "unknown relation '\(cols[2])'" }
            word.relation = r
            if form == .suffix {
                let key = Folding.key(cols[0])
                suffixes[key] = r
                suffixHashes.insert(key: key)
            }
            if form == .prefix, toks.count == 1 { prefixes[toks[0].key] = r }
        case .marker, .link:
            break
        case .head:
            guard cols[2] != "-" else { return "a head needs a role phrase" }
            word.value = cols[2]
            headStarts.insert(toks[0].keyHash)
            headStartBits |= 1 << (toks[0].keyHash & 63)
        case .patron:
            guard ActorCode(cols[2]) != nil else { return "bad code '\(cols[2])'" }
            let code = cols[2].uppercased()
            word.value = code
            if cols.count == 4, !cols[3].isEmpty { display[code] = cols[3] }
        }
        matcher.insert(keys: toks.map(\.key), word)
        return nil
    }

    /// The relation of a compound's second half written as its own token (`backed` of
    /// `U.S. - backed`): `suffixes[tokens[i].key]`.
    func suffix(_ tokens: [Token], at i: Int) -> PatronRelation? {
        suffixHashes.contains(tokens[i].keyHash) ? suffixes[tokens[i].key] : nil
    }

    /// True when a `head` phrase may start with a token of this key hash (`lực lượng …`).
    /// Given the hash, not the token: asked of every token of every sentence.
    @inline(__always)
    func mayStartHead(keyHash: UInt64) -> Bool {
        headStartBits & (1 << (keyHash & 63)) != 0 && headStarts.contains(keyHash)
    }

    /// The longest phrase of one of `forms` starting at token `i`: its end and word.
    /// Asked around every title: one walk of the trie, with no list of the phrases passed.
    ///
    /// Most positions asked start no patron phrase at all: the trie's first-key bit tells
    /// them without a walk (and without calling the form filter).
    func match(_ forms: Forms, in tokens: [Token], at i: Int) -> (end: Int, word: Word)? {
        guard i >= 0, i < tokens.count, matcher.mayStart(keyHash: tokens[i].keyHash) else { return nil }
        guard let m = matcher.longestMatch(in: tokens, at: i, where: { forms.contains($0.form.bit) }) else { return nil }
        return (m.end, m.value)
    }
}
