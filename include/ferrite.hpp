// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite.hpp: everything ferrite offers, in one include. Each line brings in one concept; a
// translation unit that wants less may include the single headers under ferrite/ instead.
// Every header here is freestanding: it compiles with -ffreestanding -nostdinc and needs no
// C++ runtime, so this include is safe in a kernel module or firmware.
#ifndef FERRITE_HPP
#define FERRITE_HPP

#include "ferrite/config.hpp"
#include "ferrite/utility.hpp"
#include "ferrite/option.hpp"
#include "ferrite/result.hpp"
#include "ferrite/errno.hpp"
#include "ferrite/int_aliases.hpp"
#include "ferrite/integer.hpp"
#include "ferrite/wrapping.hpp"
#include "ferrite/checked.hpp"
#include "ferrite/nonzero.hpp"
#include "ferrite/non_null.hpp"
#include "ferrite/iter.hpp"
#include "ferrite/span.hpp"
#include "ferrite/scope_guard.hpp"
#include "ferrite/list.hpp"
#include "ferrite/slist.hpp"
#include "ferrite/hlist.hpp"
#include "ferrite/pin.hpp"

#endif  // FERRITE_HPP
