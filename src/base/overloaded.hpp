// overloaded: one visitor for std::visit made of several lambdas, one per alternative.
#pragma once

namespace kansli {

template <class... Ts> struct overloaded : Ts... { using Ts::operator()...; };
template <class... Ts> overloaded(Ts...) -> overloaded<Ts...>;

}  // namespace kansli
