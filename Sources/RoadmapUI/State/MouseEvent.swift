/// A mouse event as the terminal reports it (SGR 1006), in cells from the top left.
public struct MouseEvent: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// The left button pressed; `clicks` is 2 for the second press of a double click.
        case click(clicks: Int)
        case wheelUp, wheelDown
    }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
