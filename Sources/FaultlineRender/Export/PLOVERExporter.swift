import FaultlineModel

/// PLOVER JSONL: one event record per line, with the field names of the PLOVER manual's
/// "JSON Data Fields" chapter (Open Event Data Alliance, draft 0.7/0.8).
///
/// Standard fields: `id`, `date` (YYYY-MM-DD; the first day of a coarser span, with
/// `enddate` its last day; null when the event has no calendar date), `source` and
/// `recipient` (lists of actor objects: `code` = 3-character root, `sector`, `actor_text`,
/// `identifier_id`), `event` (PLOVER category), `event_loc` (location object: `name`,
/// `cc3`), `event_text` (list: the trigger), `quad_code`, `event_scale` (Goldstein),
/// `mode` and `context` (from the CAMEO → PLOVER table; `context` a list), `text` (the
/// sentence), `text_info` (`sequence`: 0-based sentence), `cite_info` (`citation`
/// document id, `title`, `language`, `publication`, `url`), `coder`.
/// Faultline's extra named fields (the manual invites them): `cameo`, `timex`,
/// `date_precision`, `time_of_day`, `negated`, `modality`, `claim`, `mentions`.
/// Keys are sorted; there is no coding timestamp, so output is reproducible.
struct PLOVERExporter {
    struct ActorObject: Encodable {
        var code: String?
        var sector: String?
        var actor_text: String
        var identifier_id: String
    }

    struct Location: Encodable {
        var name: String
        var cc3: String?
    }

    struct TextInfo: Encodable { var sequence: Int }

    struct CiteInfo: Encodable {
        var citation: String
        var title: String?
        var language: String?
        var publication: String?
        var url: String?
    }

    struct Record: Encodable {
        var id: String
        var date: String?
        var enddate: String?
        var source: [ActorObject]
        var recipient: [ActorObject]
        var event: String?
        var event_loc: Location?
        var event_text: [String]
        var quad_code: Int
        var event_scale: Double
        var mode: String?
        var context: [String]?
        var text: String
        var text_info: TextInfo
        var cite_info: CiteInfo
        var coder: String
        var cameo: String
        var timex: String?
        var date_precision: String
        var time_of_day: String?
        var negated: Bool
        var modality: String
        var claim: String?
        var mentions: Int

        enum CodingKeys: String, CodingKey {
            case id, date, enddate, source, recipient, event, event_loc, event_text, quad_code, event_scale
            case mode, context, text, text_info, cite_info, coder, cameo, timex, date_precision, time_of_day
            case negated, modality, claim, mentions
        }

        // `date` is required by the manual, so it is written as null rather than left out.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(date, forKey: .date)
            try c.encodeIfPresent(enddate, forKey: .enddate)
            try c.encode(source, forKey: .source)
            try c.encode(recipient, forKey: .recipient)
            try c.encode(event, forKey: .event)
            try c.encodeIfPresent(event_loc, forKey: .event_loc)
            try c.encode(event_text, forKey: .event_text)
            try c.encode(quad_code, forKey: .quad_code)
            try c.encode(event_scale, forKey: .event_scale)
            try c.encodeIfPresent(mode, forKey: .mode)
            try c.encodeIfPresent(context, forKey: .context)
            try c.encode(text, forKey: .text)
            try c.encode(text_info, forKey: .text_info)
            try c.encode(cite_info, forKey: .cite_info)
            try c.encode(coder, forKey: .coder)
            try c.encode(cameo, forKey: .cameo)
            try c.encodeIfPresent(timex, forKey: .timex)
            try c.encode(date_precision, forKey: .date_precision)
            try c.encodeIfPresent(time_of_day, forKey: .time_of_day)
            try c.encode(negated, forKey: .negated)
            try c.encode(modality, forKey: .modality)
            try c.encodeIfPresent(claim, forKey: .claim)
            try c.encode(mentions, forKey: .mentions)
        }
    }

    func export(_ index: ExportIndex) -> String {
        var out = ""
        for e in index.events {
            let line = (try? JSONOutput.string(record(e, index), pretty: false)) ?? "{\"id\":\"\(e.id)\"}"
            out += line + "\n"
        }
        return out
    }

    func record(_ e: Event, _ index: ExportIndex) -> Record {
        let range = index.eventRanges[e.id]
        let doc = index.documents[e.document]
        let modes = PLOVERModes.entry(cameo: e.cameo)
        let place = e.location.first.map { id -> Location in
            let a = index.actors[id]
            return Location(name: a?.name ?? id, cc3: a?.country)
        }
        return Record(
            id: e.id,
            date: range?.start.iso,
            enddate: range.flatMap { $0.start == $0.end ? nil : $0.end.iso },
            source: e.source.map { actorObject($0, index) },
            recipient: e.target.map { actorObject($0, index) },
            event: e.plover.isEmpty ? nil : e.plover,
            event_loc: place,
            event_text: e.trigger.isEmpty ? [] : [e.trigger],
            quad_code: e.quad,
            event_scale: e.goldstein,
            mode: modes?.mode,
            context: (modes?.contexts.isEmpty ?? true) ? nil : modes?.contexts,
            text: e.text,
            text_info: TextInfo(sequence: e.sentence),
            cite_info: CiteInfo(citation: e.document, title: doc?.title, language: doc?.language,
                                publication: doc?.source, url: doc?.url),
            coder: "faultline",
            cameo: e.cameo,
            timex: e.date.value,
            date_precision: e.date.precision.rawValue,
            time_of_day: e.timeOfDay?.rawValue,
            negated: e.negated,
            modality: e.modality.rawValue,
            claim: e.claim,
            mentions: max(1, e.mentions.count))
    }

    /// Splits a CAMEO/Phoenix actor code into its 3-character root and sector
    /// (`RUSGOV` → `RUS` + `GOV`, `NGOHLHIRC` → `NGO` + `HLHIRC`); a bare root has no sector.
    func actorObject(_ id: String, _ index: ExportIndex) -> ActorObject {
        let a = index.actors[id]
        let full = a?.code ?? a?.country
        var code: String?
        var sector: String?
        if let full, !full.isEmpty {
            code = String(full.prefix(3))
            let rest = full.dropFirst(3)
            sector = rest.isEmpty ? nil : String(rest)
        }
        return ActorObject(code: code, sector: sector, actor_text: a?.name ?? id, identifier_id: id)
    }
}
