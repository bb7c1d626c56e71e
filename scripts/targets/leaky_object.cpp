// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A deliberately leaky object: the target stage compiles it and requires check-object.sh to
// reject it, proving the hygiene check can fail. Each line is one leak a kernel module or
// firmware image must not have.
struct Widget {
  Widget();  // defined elsewhere: a dynamic initializer
  int value;
};

Widget global_widget;  // a global constructor: .init_array

int* make_counter() { return new int(0); }  // operator new: a hosted runtime dependency

// Compiled with -fPIC, this load goes through the GOT: a relocation the module loader rejects.
extern int external_counter;
int read_external() { return external_counter; }
