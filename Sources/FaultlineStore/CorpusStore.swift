import Foundation
import FaultlineModel
import GRDB

/// The corpus kept in one SQLite file: each document's extraction (`DocumentAnalysis`)
/// plus index tables that let date/actor filters run in SQL.
///
/// Every document is written in its own transaction, so an interrupted ingest keeps what
/// was committed and never leaves half a document; re-ingesting the same content changes
/// nothing (documents are keyed by a content fingerprint).
public final class CorpusStore: @unchecked Sendable {
    public let path: String
    private let db: DatabaseQueue

    /// Opens (creating if needed) the store at `path` and migrates it to the current schema.
    public init(path: String) throws {
        self.path = path
        do {
            var config = Configuration()
            config.busyMode = .timeout(10)
            db = try DatabaseQueue(path: path, configuration: config)
            try Self.migrator.migrate(db)
        } catch let e as StoreError {
            throw e
        } catch {
            throw StoreError(path: path, message: "cannot open store: \(error)")
        }
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id TEXT PRIMARY KEY,
                    hash TEXT NOT NULL,
                    title TEXT NOT NULL,
                    language TEXT NOT NULL,
                    published TEXT,
                    source TEXT,
                    sentences INTEGER NOT NULL,
                    part TEXT NOT NULL
                );
                CREATE INDEX document_hash ON document(hash);
                CREATE TABLE actor (
                    document TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    code TEXT,
                    country TEXT,
                    PRIMARY KEY (document, id)
                );
                CREATE INDEX actor_id ON actor(id);
                CREATE TABLE event (
                    document TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    id TEXT NOT NULL,
                    date TEXT,
                    cameo TEXT NOT NULL,
                    quad INTEGER NOT NULL,
                    PRIMARY KEY (document, id)
                );
                CREATE INDEX event_date ON event(date);
                CREATE TABLE event_actor (
                    document TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    event TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    country TEXT,
                    role TEXT NOT NULL
                );
                CREATE INDEX event_actor_actor ON event_actor(actor);
                CREATE INDEX event_actor_country ON event_actor(country);
                CREATE TABLE claim (
                    document TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    id TEXT NOT NULL,
                    speaker TEXT NOT NULL,
                    stance TEXT NOT NULL,
                    date TEXT,
                    PRIMARY KEY (document, id)
                );
                """)
        }
        return m
    }

    /// The schema version the file is at.
    public func schemaVersion() throws -> String {
        try read { db in try Self.migrator.appliedMigrations(db).last ?? "none" }
    }

    /// What `add` did with a document.
    public enum AddOutcome: String, Sendable { case added, replaced, unchanged }

    /// Stores one document's extraction in a single transaction.
    ///
    /// - Parameter fingerprint: content fingerprint of the source document; when a document
    ///   with the same id and fingerprint is stored already, nothing changes.
    @discardableResult
    public func add(_ part: DocumentAnalysis, fingerprint: String) throws -> AddOutcome {
        let json = String(decoding: try JSONOutput.data(part, pretty: false), as: UTF8.self)
        return try write { db in
            let existing = try String.fetchOne(db, sql: "SELECT hash FROM document WHERE id = ?",
                                               arguments: [part.document.id])
            if existing == fingerprint { return .unchanged }
            if existing != nil {
                try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [part.document.id])
            }
            let d = part.document
            try db.execute(sql: """
                INSERT INTO document (id, hash, title, language, published, source, sentences, part)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [d.id, fingerprint, d.title, d.language, d.published, d.source, d.sentences, json])
            var countryOf: [String: String] = [:]
            for a in part.actors {
                countryOf[a.id] = a.country
                try db.execute(sql: "INSERT OR REPLACE INTO actor (document, id, name, kind, code, country) VALUES (?, ?, ?, ?, ?, ?)",
                               arguments: [d.id, a.id, a.name, a.kind.rawValue, a.code, a.country])
            }
            for e in part.events {
                try db.execute(sql: "INSERT OR REPLACE INTO event (document, id, date, cameo, quad) VALUES (?, ?, ?, ?, ?)",
                               arguments: [d.id, e.id, e.date.value, e.cameo, e.quad])
                for (role, ids) in [("source", e.source), ("target", e.target), ("location", e.location)] {
                    for actor in ids {
                        try db.execute(sql: "INSERT INTO event_actor (document, event, actor, country, role) VALUES (?, ?, ?, ?, ?)",
                                       arguments: [d.id, e.id, actor, countryOf[actor], role])
                    }
                }
            }
            for c in part.claims {
                try db.execute(sql: "INSERT OR REPLACE INTO claim (document, id, speaker, stance, date) VALUES (?, ?, ?, ?, ?)",
                               arguments: [d.id, c.id, c.speaker, c.stance.rawValue, c.date.value])
            }
            return existing == nil ? .added : .replaced
        }
    }

    /// Whether a document with this id and fingerprint is stored (lets ingest skip extraction).
    public func contains(id: String, fingerprint: String) throws -> Bool {
        try read { db in
            try String.fetchOne(db, sql: "SELECT hash FROM document WHERE id = ?", arguments: [id]) == fingerprint
        }
    }

    /// Loads the stored extractions selected by `query`, ordered by document id.
    public func parts(matching query: StoreQuery = StoreQuery()) throws -> [DocumentAnalysis] {
        try read { db in
            var sql = "SELECT part FROM document"
            var args: [DatabaseValueConvertible?] = []
            if !query.isEmpty {
                var conds: [String] = []
                if let f = query.from { conds.append("e.date IS NOT NULL AND substr(e.date, 1, length(?)) >= ?"); args += [f, f] }
                if let t = query.to { conds.append("e.date IS NOT NULL AND substr(e.date, 1, length(?)) <= ?"); args += [t, t] }
                if let a = query.actor {
                    conds.append("EXISTS (SELECT 1 FROM event_actor ea WHERE ea.document = e.document AND ea.event = e.id AND ea.actor = ?)")
                    args.append(a)
                }
                if let c = query.country {
                    conds.append("EXISTS (SELECT 1 FROM event_actor ea WHERE ea.document = e.document AND ea.event = e.id AND ea.country = ?)")
                    args.append(c)
                }
                sql += " WHERE id IN (SELECT e.document FROM event e WHERE " + conds.joined(separator: " AND ") + ")"
            }
            sql += " ORDER BY id"
            let decoder = JSONDecoder()
            return try String.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map {
                try decoder.decode(DocumentAnalysis.self, from: Data($0.utf8))
            }
        }
    }

    /// Counts of what is stored. `contradictions` is left nil: it needs the corpus analysis.
    public func stats() throws -> StoreStats {
        try read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            return StoreStats(
                documents: try count("SELECT COUNT(*) FROM document"),
                actors: try count("SELECT COUNT(DISTINCT id) FROM actor"),
                events: try count("SELECT COUNT(*) FROM event"),
                claims: try count("SELECT COUNT(*) FROM claim"),
                schemaVersion: try Self.migrator.appliedMigrations(db).last ?? "none")
        }
    }

    /// Every stored row in a canonical order, for comparing two stores (tests, audits).
    public func canonicalDump() throws -> String {
        try read { db in
            var out = ""
            for table in ["document", "actor", "event", "event_actor", "claim"] {
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2, 3")
                for r in rows {
                    out += table + "\t" + r.columnNames.map { "\($0)=\(r[$0] as DatabaseValue)" }.joined(separator: "\t") + "\n"
                }
            }
            return out
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try db.read(body) } catch let e as StoreError { throw e } catch {
            throw StoreError(path: path, message: "\(error)")
        }
    }

    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try db.write(body) } catch let e as StoreError { throw e } catch {
            throw StoreError(path: path, message: "\(error)")
        }
    }
}
