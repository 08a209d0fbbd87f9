import LossvizCairo
import LossvizFigures
import Testing

/// The registry that `lossviz list figures`, `figure` and `gallery` share.
@Suite struct FigureCatalogTests {
    @Test func namesAreUniqueAndLookedUpByName() throws {
        #expect(Set(FigureCatalog.names).count == FigureCatalog.names.count)
        for name in FigureCatalog.names {
            #expect(try FigureCatalog.recipe(named: name).name == name)
        }
    }

    @Test func unknownFigureIsNamedInTheError() {
        #expect(throws: FigureError.self) { try FigureCatalog.recipe(named: "no-such-figure") }
        do {
            _ = try FigureCatalog.recipe(named: "no-such-figure")
        } catch {
            #expect(error.description.contains("no-such-figure"))
        }
    }

    @Test func everyRecipeDocumentsItself() {
        for recipe in FigureCatalog.all {
            #expect(!recipe.summary.isEmpty && !recipe.summary.contains("\n"), "\(recipe.name)")
            #expect(!recipe.caption.isEmpty, "\(recipe.name)")
            #expect(!recipe.dataKeys.isEmpty, "\(recipe.name)")
        }
    }

    @Test func galleryFormatsParse() throws {
        #expect(try Gallery.formats(from: "png,svg") == [.png, .svg])
        #expect(try Gallery.formats(from: " PDF ") == [.pdf])
        #expect(throws: FigureError.self) { try Gallery.formats(from: "png,gif") }
        #expect(throws: FigureError.self) { try Gallery.formats(from: "") }
    }
}
