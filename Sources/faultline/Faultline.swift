import ArgumentParser

/// The `faultline` command: news articles in, a dated graph of conflict events out.
@main
struct Faultline: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "faultline",
        abstract: "Turn news reports into a dated graph of conflict events, and show where the sources disagree.",
        discussion: """
            Inputs are plain-text files (first line = title), .jsonl files (one article per line), \
            .html pages, folders (read recursively) or '-' for standard input. \
            The publication date is --published, else the article's own (JSONL "published", \
            HTML meta), else a YYYY-MM-DD or YYYYMMDD date in the file name \
            (2024-10-02-lebanon.txt). \
            Exit status: 0 when every input was read and analysed, 1 when some input failed \
            (the others are still analysed), 64 on a usage error.
            """,
        version: version,
        subcommands: [
            AnalyzeCommand.self,
            ActorsCommand.self, DyadsCommand.self, ContradictionsCommand.self, TimelineCommand.self,
            RenderCommand.self, ExportCommand.self, ReportCommand.self,
            TimexCommand.self, ExplainCommand.self, EvaluateCommand.self,
            ExtractCommand.self, MergeCommand.self, IngestCommand.self, StoreCommand.self, BenchCommand.self,
        ]
    )
}
