// The CairoCanvas module. (Scaffold file: replace with the module's first real source file.)
import CCairo
