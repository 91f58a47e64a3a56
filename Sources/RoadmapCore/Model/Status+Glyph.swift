extension Status {
    /// The one-cell symbol of a status, as the list and the timeline draw it:
    /// Unicode, or plain ASCII for terminals that lack it.
    public func glyph(ascii: Bool) -> String {
        switch (self, ascii) {
        case (.planned, false): "○"
        case (.inProgress, false): "◐"
        case (.atRisk, false): "▲"
        case (.blocked, false): "■"
        case (.done, false): "✓"
        case (.dropped, false): "✗"
        case (.planned, true): "."
        case (.inProgress, true): ">"
        case (.atRisk, true): "!"
        case (.blocked, true): "#"
        case (.done, true): "+"
        case (.dropped, true): "x"
        }
    }
}
