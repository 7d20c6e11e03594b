#include "CEditLine.h"
int bsh_placeholder(void) { return 0; }
