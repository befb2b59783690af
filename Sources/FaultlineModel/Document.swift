/// One article after ingestion: normalised text split into sentences.
///
/// `text` is the NFC-normalised article body (title excluded); every `Sentence` keeps
/// UTF-8 offsets into it, so evidence can always be quoted from the original wording.
public struct Document: Codable, Sendable, Hashable {
    /// Stable id: the file stem, or the JSONL `id`.
    public var id: String
    public var title: String
    /// NFC-normalised body text (without the title line).
    public var text: String
    /// BCP-47 primary tag (`vi`, `en`, …) or `und` when unknown.
    public var language: String
    /// Document creation time as `YYYY-MM-DD`, nil when unknown.
    public var published: String?
    public var source: String?
    public var url: String?
    /// Where the document came from (`file.txt`, `corpus.jsonl:12`, `-`), for messages.
    public var origin: String
    /// Sentences of the title and the body, in reading order; the title (when present) is sentence 0.
    public var sentences: [Sentence]

    public init(id: String, title: String, text: String, language: String, published: String? = nil,
                source: String? = nil, url: String? = nil, origin: String, sentences: [Sentence] = []) {
        self.id = id; self.title = title; self.text = text; self.language = language
        self.published = published; self.source = source; self.url = url
        self.origin = origin; self.sentences = sentences
    }

    /// The summary that goes into `analysis.json`.
    public var info: DocumentInfo {
        DocumentInfo(id: id, title: title, language: language, published: published,
                     source: source, url: url, sentences: sentences.count)
    }
}

/// A sentence of a document, with its place in the layout.
public struct Sentence: Codable, Sendable, Hashable {
    /// 0-based index within the document.
    public var index: Int
    public var text: String
    /// 0-based paragraph number; the title is paragraph 0 on its own.
    public var paragraph: Int
    /// What part of the article this sentence belongs to.
    public var role: SentenceRole

    public init(index: Int, text: String, paragraph: Int, role: SentenceRole = .body) {
        self.index = index; self.text = text; self.paragraph = paragraph; self.role = role
    }
}

/// Layout role of a sentence: extraction treats captions and credits differently from body text.
public enum SentenceRole: String, Codable, Sendable, Hashable, CaseIterable {
    case title, lead, body, caption, signoff, teaser, boilerplate
}

/// The per-document summary written to `analysis.json` (`documents[]`).
public struct DocumentInfo: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var language: String
    public var published: String?
    public var source: String?
    public var url: String?
    public var sentences: Int
    /// Id of the document this one duplicates (syndicated copy), if any.
    public var duplicateOf: String?

    public init(id: String, title: String, language: String, published: String?, source: String?,
                url: String? = nil, sentences: Int, duplicateOf: String? = nil) {
        self.id = id; self.title = title; self.language = language; self.published = published
        self.source = source; self.url = url; self.sentences = sentences; self.duplicateOf = duplicateOf
    }

    enum CodingKeys: String, CodingKey { case id, title, language, published, source, url, sentences, duplicateOf }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(language, forKey: .language)
        try c.encode(published, forKey: .published)
        try c.encode(source, forKey: .source)
        try c.encodeIfPresent(url, forKey: .url)
        try c.encode(sentences, forKey: .sentences)
        try c.encodeIfPresent(duplicateOf, forKey: .duplicateOf)
    }
}
