/* libkcnaparse version macros. Committed (not generated) so the sources can be
 * vendored by copying; meson.build checks that this file matches the project
 * version. */
#ifndef KCNAPARSE_VERSION_H
#define KCNAPARSE_VERSION_H

#define KCNAPARSE_VERSION_MAJOR 0
#define KCNAPARSE_VERSION_MINOR 4
#define KCNAPARSE_VERSION_PATCH 0
#define KCNAPARSE_VERSION_STRING "0.4.0"

#endif
