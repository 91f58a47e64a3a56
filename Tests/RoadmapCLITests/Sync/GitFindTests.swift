import Foundation
import Testing
@testable import roadmap

/// Which git `roadmap sync` runs: the first file named git on `$PATH` that
/// may be executed, never a folder of that name.
@Suite("sync: finding git on PATH")
struct GitFindTests {
    @Test func aFolderNamedGitIsPassedOver() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("git-find-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: "\(root)/first/git", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: "\(root)/second", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: "\(root)/second/git", contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755]))
        let found = Git.find(environment: ["PATH": "\(root)/first:\(root)/second"])
        #expect(found?.path == "\(root)/second/git")
        #expect(Git.find(environment: ["PATH": "\(root)/first"]) == nil, "a folder alone is no git")
    }
}
