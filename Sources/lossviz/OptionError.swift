/// A command-line option that is missing, out of its domain or clashes with
/// another. Thrown instead of ArgumentParser's `ValidationError` so that the
/// user sees one line saying what is wrong, without the usage text after it.
struct OptionError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
