/* The main() every Check suite shares: run the suite, exit 1 on failure. */
#ifndef KCNAPARSE_TESTS_CHECK_MAIN_H
#define KCNAPARSE_TESTS_CHECK_MAIN_H
#include <check.h>
#include <stdlib.h>

#define CHECK_MAIN(make_suite)                                   \
	int main(void)                                               \
	{                                                            \
		SRunner *sr = srunner_create(make_suite());              \
		srunner_run_all(sr, CK_NORMAL);                          \
		int failed = srunner_ntests_failed(sr);                  \
		srunner_free(sr);                                        \
		return failed ? EXIT_FAILURE : EXIT_SUCCESS;             \
	}

#endif
