import Foundation
import FaultlineModel
import FaultlineText

/// The actor gazetteer of one language: named actors, role words and context cues, all in
/// one trie so a sentence is matched in a single longest-match pass.
///
/// Built-in resources live in `Resources/shared/` (all languages) and `Resources/<lang>/`;
/// users add TSV files (`load(tsv:)`) and PETRARCH/Phoenix dictionaries (`loadPetrarch`).
public struct ActorLexicon: Sendable {
    /// What a trie hit points to.
    struct Ref: Sendable, Hashable {
        enum Target: Sendable, Hashable {
            case actor(Int32)
            case role(Int32)
            case cue(CueKind)
        }
        var target: Target
        var mask: CaseMask
        var origin: EntryOrigin
    }

    var actors: [ActorEntry] = []
    var roles: [RoleEntry] = []
    var countries: [String: CountryFact] = [:]
    /// The keys of `countries` as bits, for `hasCountry`: insert every root added there.
    var countryRoots = CountryRootSet()
    var matcher = PhraseMatcher<Ref>()
    /// Country entry by root (the plain name, not a demonym or an ambiguous short form), to
    /// mention a country found through a reference (`nước này`, `hai nước`).
    var countryEntry: [String: Int] = [:]
    /// Words that describe an actor by its patron (`patrons.tsv`).
    var patronWords = PatronLexicon()
    /// Words of fighting and mutual blame (`hostility.tsv`).
    var hostilityWords = HostilityLexicon()
    /// Well-known persons (`persons.tsv`).
    var persons: [PersonEntry] = []
    /// Person indices by `PersonNames.key` of every full name and multi-word alias.
    var personsByName: [String: [Int]] = [:]
    /// Person indices by the key of a one-word alias (`Putin`, `Kuleba`): read only when a
    /// name is that word alone.
    var personsBySingleName: [String: [Int]] = [:]
    /// `personsBySingleName[key] ?? personsByName[key]` for every key of either table: what
    /// a one-word name is looked up in, in one dictionary lookup, not two (most names of a
    /// document are no known person, and their key was hashed and probed twice).
    private(set) var personsByOneWordName: [String: [Int]] = [:]
    /// Person indices by the role key of an office they held (`officeHolder` reads only the
    /// persons with an office of the asked role, not the whole table).
    var personsByOffice: [String: [Int]] = [:]
    /// The attack nouns victims are not named after (`DocumentActors.modifiesAttack`),
    /// read from their tables when the lexicon is made: built on first use, they were built
    /// inside the analysis of the first document that asked.
    let attackWords = DocumentActors.AttackWords()

    /// An empty lexicon.
    public init() {}

    /// Number of phrases (names, roles, cues) in the lexicon.
    public var phraseCount: Int { matcher.count }

    /// The built-in lexicon of a language (`vi`, `en`): `shared/` plus the language folder.
    /// Other languages get the shared and English resources.
    /// - Throws: `LexiconError` when a built-in file is malformed (a packaging bug).
    public static func builtIn(language: String) throws -> ActorLexicon {
        let lang = language.lowercased().hasPrefix("vi") ? "vi" : "en"
        // Every language starts from the `shared` tables, read once per process.
        var (lex, errors) = try sharedTables.get()
        guard let dir = Bundle.module.url(forResource: lang, withExtension: nil, subdirectory: "Resources") else {
            throw LexiconError(file: "Resources/\(lang)", line: 0, message: "built-in resource folder is missing")
        }
        errors += lex.load(directory: dir, origin: .builtIn)
        if let first = errors.first { throw first }
        return lex
    }

    /// The tables of `Resources/shared/` and the problems met reading them.
    static let sharedTables: Result<(ActorLexicon, [LexiconError]), LexiconError> = {
        guard let dir = Bundle.module.url(forResource: "shared", withExtension: nil, subdirectory: "Resources") else {
            return .failure(LexiconError(file: "Resources/shared", line: 0, message: "built-in resource folder is missing"))
        }
        var lex = ActorLexicon()
        let errors = lex.load(directory: dir, origin: .builtIn)
        return .success((lex, errors))
    }()

    /// Loads the actor tables of a folder: `country-codes*`, `countries*`, `actors*`,
    /// `places*`, `roles*`, `cues*`, `patrons*` and `hostility*` `.tsv` files (sorted by name, country codes first).
    public mutating func load(directory: URL) -> [LexiconError] {
        load(directory: directory, origin: .user)
    }

    mutating func load(directory: URL, origin: EntryOrigin) -> [LexiconError] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory.path) else {
            return [LexiconError(file: directory.lastPathComponent, line: 0, message: "cannot read the folder")]
        }
        // Only actor tables: other extractors keep their own TSV files in the same folders.
        let files = names.filter { TableKind(fileName: $0) != nil }.sorted { a, b in
            let ca = a.hasPrefix("country-codes"), cb = b.hasPrefix("country-codes")
            return ca != cb ? ca : a < b
        }
        var errors: [LexiconError] = []
        for f in files { errors += load(tsv: directory.appendingPathComponent(f), origin: origin) }
        return errors
    }

    /// Loads one TSV file in the Faultline actor format. The file name picks the table:
    /// `country-codes*.tsv` (country facts), `roles*.tsv` (role words), `cues*.tsv` (context
    /// and reference words), anything else is an actors table. Malformed lines are skipped
    /// and reported; the rest loads.
    public mutating func load(tsv url: URL) -> [LexiconError] { load(tsv: url, origin: .user) }

    mutating func load(tsv url: URL, origin: EntryOrigin) -> [LexiconError] {
        guard let data = try? Data(contentsOf: url) else {
            return [LexiconError(file: url.lastPathComponent, line: 0, message: "cannot read the file")]
        }
        let text = String(decoding: data, as: UTF8.self)
        return load(tsvText: text, file: url.lastPathComponent, origin: origin)
    }

    /// Loads TSV text; `file` names the table kind (as for `load(tsv:)`) and labels errors.
    public mutating func load(tsvText text: String, file: String) -> [LexiconError] {
        load(tsvText: text, file: file, origin: .user)
    }

    // MARK: - Adding entries

    mutating func add(phrase: String, actor: ActorEntry) {
        let toks = Tokenizer.tokens(phrase)
        guard !toks.isEmpty else { return }
        actors.append(actor)
        if actor.kind == .country, !actor.demonym, !actor.ambiguous, let c = actor.country, actor.code == c, countryEntry[c] == nil {
            countryEntry[c] = actors.count - 1
        }
        let ref = Ref(target: .actor(Int32(actors.count - 1)), mask: CaseMask(tokens: toks.map(\.text)), origin: actor.origin)
        matcher.insert(keys: toks.map(\.key), ref)
    }

    /// Adds another phrase for the actor at `index` (synonyms share one entry).
    mutating func add(phrase: String, actorIndex: Int, mask: CaseMask? = nil) {
        let toks = Tokenizer.tokens(phrase)
        guard !toks.isEmpty else { return }
        let ref = Ref(target: .actor(Int32(actorIndex)), mask: mask ?? CaseMask(tokens: toks.map(\.text)), origin: actors[actorIndex].origin)
        matcher.insert(keys: toks.map(\.key), ref)
    }

    mutating func add(phrase: String, role: RoleEntry, mask: CaseMask? = nil) {
        let toks = Tokenizer.tokens(phrase)
        guard !toks.isEmpty else { return }
        roles.append(role)
        let ref = Ref(target: .role(Int32(roles.count - 1)), mask: mask ?? CaseMask(tokens: toks.map(\.text)), origin: role.origin)
        matcher.insert(keys: toks.map(\.key), ref)
    }

    mutating func add(phrase: String, cue: CueKind, origin: EntryOrigin) {
        let toks = Tokenizer.tokens(phrase)
        guard !toks.isEmpty else { return }
        let ref = Ref(target: .cue(cue), mask: CaseMask(tokens: toks.map(\.text)), origin: origin)
        matcher.insert(keys: toks.map(\.key), ref)
    }

    /// Adds a person of the person table under its name and aliases.
    mutating func add(person: PersonEntry, aliases: [String]) {
        persons.append(person)
        let index = persons.count - 1
        for o in person.offices where personsByOffice[o.key]?.last != index { personsByOffice[o.key, default: []].append(index) }
        for n in [person.name] + aliases {
            let words = PersonNames.words(n).count
            guard words > 0 else { continue }
            let key = PersonNames.key(n)
            if words == 1 {
                if !personsBySingleName[key, default: []].contains(index) { personsBySingleName[key, default: []].append(index) }
            } else if !personsByName[key, default: []].contains(index) {
                personsByName[key, default: []].append(index)
            }
            personsByOneWordName[key] = personsBySingleName[key] ?? personsByName[key]
        }
    }

    /// The one known person a name as written stands for: a full name or alias, or a
    /// one-word alias when the name is one word; nil when unknown or ambiguous.
    /// When a name fits several people (`Bush`, `Clinton`), the one in office or with a dated
    /// code on `date` is meant, if exactly one is.
    func knownPerson(named name: String, date: Int? = nil) -> Int? {
        knownPerson(named: name, key: PersonNames.key(name), date: date)
    }

    /// As `knownPerson(named:date:)` with `PersonNames.key(name)` already computed.
    func knownPerson(named name: String, key: String, date: Int?) -> Int? {
        knownPerson(key: key, singleWord: PersonNames.words(name).count == 1, date: date)
    }

    /// As `knownPerson(named:date:)` from the name's key and whether it is one word
    /// (`PersonNames.words(name).count == 1`), both kept per name by the caller.
    func knownPerson(key: String, singleWord single: Bool, date: Int?) -> Int? {
        guard !key.isEmpty else { return nil }
        let hits = (single ? personsByOneWordName[key] : personsByName[key]) ?? []
        if hits.count == 1 { return hits[0] }
        guard hits.count > 1, let date else { return nil }
        let current = hits.filter { i in
            persons[i].offices.contains { $0.holds(on: date) } || persons[i].datedCode(on: date).map { !$0.hasSuffix("ELI") } == true
        }
        return current.count == 1 ? current[0] : nil
    }

    /// The one person holding an office on `date`: `key` is a role key (`president`,
    /// `foreign ministry spokesperson`), `code` a country root or an organisation code.
    func officeHolder(keys: [String], code: String, on date: Int) -> Int? {
        var found = Set<Int>()
        for key in keys {
            for i in personsByOffice[key] ?? [] {
                for o in persons[i].offices where keys.contains(o.key) && o.holds(on: date) {
                    if o.code == code || (o.code.count == 3 && code.hasPrefix(o.code) && !code.hasPrefix("IGO") && !code.hasPrefix("NGO")) {
                        found.insert(i)
                    }
                }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// The index of the role a phrase of the role tables names (`lực lượng vũ trang`), or nil.
    func roleIndex(_ phrase: String) -> Int? {
        let toks = Tokenizer.tokens(phrase)
        guard !toks.isEmpty else { return nil }
        for m in matcher.allMatches(in: toks, at: 0) where m.end == toks.count {
            for r in m.values { if case .role(let i) = r.target { return Int(i) } }
        }
        return nil
    }

    /// True when the country table knows `root` (`countries[root] != nil`): a bit test of
    /// `countryRoots` while it holds every key of `countries` (same count), else the
    /// dictionary (without copying the country's facts out).
    func hasCountry(_ root: String) -> Bool {
        if countryRoots.count == countries.count, let known = countryRoots.contains(root) { return known }
        return countries.index(forKey: root) != nil
    }

    /// The English adjective of a country root (`RUS` → `Russian`), or its name, or the root.
    func adjective(_ root: String) -> String {
        if let f = countries[root] { return f.adjective }
        return root
    }
}
