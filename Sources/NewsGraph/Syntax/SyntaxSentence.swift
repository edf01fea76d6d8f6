/// A sentence's words as the syntax models read them: their forms and the hashed views of each
/// (`WordAtoms`), padded with sentence-boundary markers so features can look two words away.
package struct SyntaxSentence: Sendable {
    package let forms: [String]
    /// Two `.start` markers, the words, two `.end` markers.
    package let padded: [WordAtoms]

    package init(forms: [String]) {
        self.forms = forms
        var padded: [WordAtoms] = [.start, .start]
        padded.reserveCapacity(forms.count + 4)
        for form in forms { padded.append(WordAtoms(form: form)) }
        padded.append(.end)
        padded.append(.end)
        self.padded = padded
    }

    package var count: Int { forms.count }

    /// The atoms of word `i` (0-based).
    package func atoms(_ i: Int) -> WordAtoms { padded[i + 2] }
}
