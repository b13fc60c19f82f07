// The header's inline functions are the whole module; SwiftPM wants one source file.
#include "CSystem.h"
