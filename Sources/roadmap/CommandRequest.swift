/// What a command line asks a command to do, as plain values.
///
/// A command on ``FastCommandLine``'s short way runs from its request, which
/// is made either from the command's ArgumentParser declaration (its
/// `request` property) or by ``FastCommandLine`` from its own small table;
/// tests check that both give equal requests.
protocol CommandRequest: Equatable {
    /// The checks ArgumentParser makes after parsing: the command's
    /// `validate()` and those of its option groups, together.
    func validate() throws

    /// Does what the request asks.
    func run() throws
}
