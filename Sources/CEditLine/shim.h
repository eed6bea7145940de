/* libedit's readline-compatible API (BSD licence, not GNU readline). */
#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H
#include <stdio.h>
#include <editline/readline.h>
#endif
