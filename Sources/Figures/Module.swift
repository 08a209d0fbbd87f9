// The Figures module. (Scaffold file: replace with the module's first real source file.)
import Losses
import Sweep
import Plot
import CairoCanvas
