// SwiftPM needs a source file in a C target; libFuzzer itself provides the function.
#include "CFuzzerDriver.h"
