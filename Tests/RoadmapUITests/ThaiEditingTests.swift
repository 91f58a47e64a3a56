import Testing
@testable import RoadmapUI

/// Thai in the line editor, as Thai keyboards edit it: backspace takes off
/// one mark, and marks go only where Thai allows them.
@Suite struct ThaiEditingTests {
    static func typed(_ text: String, into editor: LineEditor = LineEditor()) -> LineEditor {
        var editor = editor
        for scalar in text.unicodeScalars { _ = editor.handle(.character(Character(scalar))) }
        return editor
    }

    @Test func backspaceTakesOffTheLastMarkOnly() {
        var editor = Self.typed("ที่")
        #expect(editor.cursor == 1)
        _ = editor.handle(.backspace)
        #expect(editor.text == "ที" && editor.cursor == 1, "the wrong tone mark alone")
        _ = editor.handle(.backspace)
        #expect(editor.text == "ท" && editor.cursor == 1)
        _ = editor.handle(.backspace)
        #expect(editor.text.isEmpty && editor.cursor == 0)
    }

    @Test func aToneMarkCanBeFixedInTheMiddle() {
        var editor = Self.typed("ที่ดิน")
        _ = editor.handle(.home)
        _ = editor.handle(.right)
        _ = editor.handle(.backspace)
        #expect(editor.text == "ทีดิน")
        _ = editor.handle(.character("้"))
        #expect(editor.text == "ที้ดิน", "the right tone mark typed in its place")
    }

    @Test func backspaceStillTakesWholeClustersElsewhere() {
        var editor = Self.typed("日本ab")
        _ = editor.handle(.backspace)
        _ = editor.handle(.backspace)
        #expect(editor.text == "日本")
        _ = editor.handle(.backspace)
        #expect(editor.text == "日")
        var flag = LineEditor("🇹🇭")
        _ = flag.handle(.backspace)
        #expect(flag.text.isEmpty, "a flag is not cut in half")
    }

    @Test(arguments: [
        ("่", ""),            // a tone mark first: refused, not saved invisible
        ("ที่้", "ที่"),       // a second tone mark on a cluster: refused
        ("ก่ิ", "ก่"),         // a vowel after a tone mark: refused
        ("า่", "า"),           // a tone mark on a spacing vowel: refused
        ("ก็่", "ก็"),         // nothing on mai taikhu
        ("a่", "a"),           // nor on Latin
        ("กิ๊ก", "กิ๊ก"),       // consonant, vowel, tone: kept
        ("น้ำท่วม", "น้ำท่วม"),
        ("กุ้ง", "กุ้ง"),
        ("ศักดิ์", "ศักดิ์"),
    ])
    func marksOnlyWhereThaiAllows(_ typed: String, _ expected: String) {
        #expect(Self.typed(typed).text == expected)
    }

    @Test func aMarkTypedOverASelectionIsRefusedWithIt() {
        var editor = LineEditor("2026-01-01", selected: true)
        _ = editor.handle(.character("่"))
        #expect(editor.text.isEmpty, "the selection goes, as for any key typed; the lone mark is not taken")
    }
}
