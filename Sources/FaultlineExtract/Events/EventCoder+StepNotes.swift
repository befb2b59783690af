extension EventCoder {
    /// The notes of one coding step (an event, its roles), kept only while explaining.
    ///
    /// `Notes.append` asks the task-local `Notes.recording` at every note (some ninety
    /// instructions each, several notes per event, none of them kept outside explanations);
    /// the coder asks it once per sentence and hands the answer down in these.
    struct StepNotes: Sendable, Hashable {
        /// Whether notes are kept (`Notes.recording`, read once per sentence).
        let on: Bool
        var notes = Notes()

        init(on: Bool) { self.on = on }

        var isEmpty: Bool { notes.isEmpty }

        mutating func append(_ note: @autoclosure () -> String) {
            if on { notes.append(note()) }
        }
    }
}
