/* SPDX-License-Identifier: MIT OR Apache-2.0 */
/*
 * The boundary between the module's C glue (glue.c) and its C++ (driver.cpp, suite.cpp).
 * Valid C and C++: kernel headers are never included from C++, so everything the C++ side
 * needs from the kernel comes through the three functions glue.c implements.
 *
 * Errors cross as the kernel spells them: an int return is 0 or -errno, a pointer return is a
 * valid pointer or ERR_PTR(-errno) (test it with IS_ERR, read it with PTR_ERR).
 */
#ifndef FERRITE_KMOD_H
#define FERRITE_KMOD_H

#ifdef __cplusplus
extern "C" {
#endif

/* ---- implemented in C (glue.c) ---- */

/* Prints one line (no trailing newline needed) with the module's prefix. */
void ferrite_kmod_log(const char *line);

/*
 * ferrite's panic hook: reports the message and location, then BUG(). Declared without
 * __noreturn on purpose: the C++ side follows the call with a trap, so objtool sees every C++
 * path end in a call-plus-trap rather than fall off the end of a function.
 */
void ferrite_kmod_panic(const char *message, const char *file, int line);

/* ---- implemented in C++ (suite.cpp) ---- */

/* Runs ferrite's portable test suite; prints "N passed, M failed"; returns M. */
unsigned int ferrite_kmod_run_suite(void);

/* ---- implemented in C++ (driver.cpp): a tiny device registry, driver style ---- */

struct ferrite_demo_dev;

/* Creates the (empty) registry: 0, or -EBUSY if it already exists. */
int ferrite_demo_registry_init(void);

/* Destroys every device, then the registry. */
void ferrite_demo_registry_exit(void);

/*
 * Registers device `id` (1..255). ERR_PTR(-EINVAL) for a bad id, -EEXIST if taken, -ENOSPC if
 * full, -ENODEV before ferrite_demo_registry_init.
 */
struct ferrite_demo_dev *ferrite_demo_dev_create(unsigned int id);

/* Sets the sampling rate. 0, or -EINVAL if hz is 0, -ERANGE if above the device's maximum. */
int ferrite_demo_dev_set_rate(struct ferrite_demo_dev *dev, unsigned int hz);

/* Period in microseconds at the current rate, or -ENODATA before the rate is set. */
long ferrite_demo_dev_period_us(const struct ferrite_demo_dev *dev);

/* Unregisters a device created by ferrite_demo_dev_create (NULL or an ERR_PTR: no-op). */
void ferrite_demo_dev_destroy(struct ferrite_demo_dev *dev);

/* Number of registered devices: 0 after every create was paired with a destroy. */
unsigned int ferrite_demo_dev_count(void);

#ifdef __cplusplus
}
#endif

#endif /* FERRITE_KMOD_H */
