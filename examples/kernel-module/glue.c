// SPDX-License-Identifier: MIT OR Apache-2.0
/*
 * Kernel-side glue: the only file of the module that includes kernel headers. It owns
 * module_init/module_exit, gives the C++ side a log line and ferrite's panic hook, and drives
 * the C++ "driver" exactly as C code would drive any other: -errno returns and ERR_PTRs.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/bug.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/printk.h>

#include "ferrite_kmod.h"

void ferrite_kmod_log(const char *line)
{
	pr_info("%s\n", line);
}

/*
 * A ferrite panic is a broken invariant (an unwrap of None, an expect on an Err): the caller
 * has no value to continue with, so it is a BUG(), with the message and the C++ location
 * printed first. Code that must never BUG builds with -DFERRITE_NO_PANIC=1 and uses the
 * Option/Result forms instead; the compiler then rejects every panicking call (see README.md).
 */
void ferrite_kmod_panic(const char *message, const char *file, int line)
{
	pr_crit("ferrite panic: %s at %s:%d\n", message, file, line);
	BUG();
}

static struct ferrite_demo_dev *demo_dev;

/* Use the C++ registry the way a probe() would: every error arrives as -errno or ERR_PTR. */
static int __init ferrite_demo_probe(void)
{
	struct ferrite_demo_dev *dev, *again;
	long period;
	int err;

	again = ferrite_demo_dev_create(0);
	pr_info("driver: create id 0 -> %ld (-EINVAL expected)\n", PTR_ERR(again));
	if (!IS_ERR(again) || PTR_ERR(again) != -EINVAL)
		return -EPROTO;

	dev = ferrite_demo_dev_create(7);
	if (IS_ERR(dev))
		return PTR_ERR(dev);

	again = ferrite_demo_dev_create(7);
	pr_info("driver: create id 7 twice -> %ld (-EEXIST expected)\n", PTR_ERR(again));
	if (!IS_ERR(again) || PTR_ERR(again) != -EEXIST) {
		err = -EPROTO;
		goto err_destroy;
	}

	period = ferrite_demo_dev_period_us(dev);
	pr_info("driver: period before a rate is set -> %ld (-ENODATA expected)\n", period);
	if (period != -ENODATA) {
		err = -EPROTO;
		goto err_destroy;
	}

	err = ferrite_demo_dev_set_rate(dev, 0);
	pr_info("driver: set_rate(0) -> %d (-EINVAL expected)\n", err);
	if (err != -EINVAL) {
		err = -EPROTO;
		goto err_destroy;
	}

	err = ferrite_demo_dev_set_rate(dev, 1000);
	if (err)
		goto err_destroy;
	period = ferrite_demo_dev_period_us(dev);
	pr_info("driver: set_rate(1000) -> period %ld us\n", period);
	if (period != 1000) {
		err = -EPROTO;
		goto err_destroy;
	}

	demo_dev = dev;
	return 0;

err_destroy:
	ferrite_demo_dev_destroy(dev);
	return err;
}

static int __init ferrite_demo_init(void)
{
	unsigned int failed;
	int err;

	pr_info("module_init: running the portable suite\n");
	failed = ferrite_kmod_run_suite();
	if (failed) {
		pr_err("portable suite FAILED: %u failed checks\n", failed);
		return -EINVAL;
	}

	err = ferrite_demo_registry_init();
	if (err)
		return err;

	err = ferrite_demo_probe();
	if (err) {
		pr_err("driver demo failed: %d\n", err);
		goto err_registry;
	}
	pr_info("module_init done: %u device(s) registered\n", ferrite_demo_dev_count());
	return 0;

err_registry:
	ferrite_demo_registry_exit();
	return err;
}

static void __exit ferrite_demo_exit(void)
{
	ferrite_demo_dev_destroy(demo_dev);
	pr_info("module_exit: devices left = %u\n", ferrite_demo_dev_count());
	ferrite_demo_registry_exit();
}

module_init(ferrite_demo_init);
module_exit(ferrite_demo_exit);
MODULE_LICENSE("Dual MIT/GPL");
MODULE_DESCRIPTION("ferrite example: C++ with Option/Result/Errno inside a kernel module");
