// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/c/probe.c: idiom 6 in C, a driver probe taking three resources with a goto ladder.
#include "../common/idioms.h"
#include "kernel.h"

struct mydev {
  int clk;
  int irq;
  void* buf;
};

#define MYDEV_BUF_BYTES 256

static int mydev_probe(struct mydev* dev, int id) {
  int ret;

  ret = world_clk_enable(id);
  if (ret) goto err_out;
  dev->clk = id;

  ret = world_irq_request(id + 32, dev);
  if (ret) goto err_clk;
  dev->irq = id + 32;

  dev->buf = world_buf_alloc(MYDEV_BUF_BYTES);
  if (!dev->buf) {
    ret = -ENOMEM;
    goto err_irq;
  }
  return 0;

err_irq:
  world_irq_free(dev->irq, dev);
err_clk:
  world_clk_disable(dev->clk);
err_out:
  return ret;
}

static void mydev_remove(struct mydev* dev) {
  world_buf_free(dev->buf);
  world_irq_free(dev->irq, dev);
  world_clk_disable(dev->clk);
}

int64_t probe_c(const uint32_t* fail_masks, size_t n) {
  int64_t sum = 0;
  for (size_t i = 0; i < n; i++) {
    struct mydev dev;
    world_fail_mask = fail_masks[i];
    int ret = mydev_probe(&dev, (int)(i & 7u));
    if (ret) {
      sum += ret;
      continue;
    }
    sum += world_held + dev.irq;
    mydev_remove(&dev);
  }
  return sum;
}
