# mmsim — see README.md.  `make` builds ./mmsim, `make test` runs every test
# with ASan and UBSan, `make demo` runs the showcase scenario.

CC       ?= gcc
CSTD     := -std=c11 -D_GNU_SOURCE
WARN     := -Wall -Wextra -Werror -Wshadow -Wno-missing-field-initializers
CFLAGS   ?= -O2 -g
SANITIZE := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
INCLUDES := -Iinclude -Iscenario

MM_SRC     := $(wildcard mm/*.c) $(wildcard lib/*.c)
ENGINE_SRC := scenario/parse.c scenario/calls.c scenario/consts.c \
	      scenario/engine.c scenario/run.c scenario/profile.c scenario/text.c \
	      scenario/model_backend.c scenario/fuzz_gen.c scenario/fuzz_run.c \
	      host/host_backend.c $(MM_SRC)
CLI_SRC    := cli/mmsim.c cli/bench.c cli/fuzz.c cli/fuzz_replay.c host/bench_workloads.c
SANDBOX_SRC := host/sandbox.c host/sandbox_bench.c host/bench_workloads.c
HEADERS    := $(wildcard scenario/*.h host/*.h cli/*.h include/mmsim/*.h mm/*.h tests/unit/*.h)

UNIT_TESTS := $(patsubst tests/unit/%.c,%,$(wildcard tests/unit/test_*.c))

# The sandbox is the host's side of the oracle: real system calls in a quiet
# address space.  It is built without sanitizers (their runtime would add
# mappings and intercept mm calls) and statically where libc.a exists.
SANDBOX_LDFLAGS := $(shell printf 'int main(void){return 0;}' | \
	$(CC) -x c -static -o /dev/null - 2>/dev/null && echo -static)

.PHONY: all test demo fuzz fuzz-run fuzz-ops-run clean unit

all: mmsim mmsim-sandbox

RELEASE_OBJ := $(patsubst %.c,build/release/obj/%.o,$(ENGINE_SRC))
ASAN_OBJ    := $(patsubst %.c,build/asan/obj/%.o,$(ENGINE_SRC))

build/release/obj/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(CFLAGS) $(INCLUDES) -c $< -o $@

# the test build: sanitizers, and validate_mm() after every operation
build/asan/obj/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SANITIZE) -DMMSIM_VALIDATE $(INCLUDES) -c $< -o $@

build/release/libmmsim.a: $(RELEASE_OBJ)
	ar rcs $@ $^

build/asan/libmmsim.a: $(ASAN_OBJ)
	ar rcs $@ $^

build/release/mmsim: $(CLI_SRC) build/release/libmmsim.a $(HEADERS)
	$(CC) $(CSTD) $(WARN) $(CFLAGS) $(INCLUDES) $(CLI_SRC) build/release/libmmsim.a -o $@

build/asan/mmsim: $(CLI_SRC) build/asan/libmmsim.a $(HEADERS)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SANITIZE) -DMMSIM_VALIDATE $(INCLUDES) $(CLI_SRC) build/asan/libmmsim.a -o $@

build/%/mmsim-sandbox: $(SANDBOX_SRC) $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O2 -g $(INCLUDES) $(SANDBOX_SRC) $(SANDBOX_LDFLAGS) -o $@

mmsim: build/release/mmsim build/release/mmsim-sandbox
	ln -sf build/release/mmsim mmsim

mmsim-sandbox: build/release/mmsim-sandbox
	ln -sf build/release/mmsim-sandbox mmsim-sandbox

# unit tests: each tests/unit/test_X.c is a program of its own, linked
# against the sanitized library
build/unit/%: tests/unit/%.c build/asan/libmmsim.a $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SANITIZE) -DMMSIM_VALIDATE $(INCLUDES) $< build/asan/libmmsim.a -o $@

unit: $(addprefix build/unit/,$(UNIT_TESTS))

test: build/asan/mmsim build/asan/mmsim-sandbox unit build/fuzz/fuzz_parse_replay \
      build/fuzz/fuzz_ops_replay mmsim
	@tests/run-tests.sh

# the fuzz targets: the parser's and the model's (random operation
# sequences, validate_mm() after each), libFuzzer under clang (make fuzz,
# make fuzz-run, make fuzz-ops-run), and replay drivers built with gcc that
# `make test` runs over the corpora
build/fuzz/%_replay: tests/fuzz/%.c tests/fuzz/replay.c build/asan/libmmsim.a $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SANITIZE) $(INCLUDES) $< tests/fuzz/replay.c build/asan/libmmsim.a -o $@

build/fuzz/fuzz_parse build/fuzz/fuzz_ops: build/fuzz/%: tests/fuzz/%.c $(ENGINE_SRC) $(HEADERS)
	@mkdir -p $(dir $@)
	@command -v clang >/dev/null || tests/install-deps.sh clang
	clang $(CSTD) -O1 -g -fsanitize=fuzzer,address,undefined $(INCLUDES) $< $(ENGINE_SRC) -o $@

fuzz: build/fuzz/fuzz_parse build/fuzz/fuzz_ops

FUZZ_TIME ?= 60
fuzz-run: build/fuzz/fuzz_parse
	mkdir -p build/fuzz/corpus
	build/fuzz/fuzz_parse -max_total_time=$(FUZZ_TIME) -max_len=8192 \
		-dict=tests/fuzz/scenario.dict build/fuzz/corpus tests/fuzz/corpus \
		tests/scenarios examples

fuzz-ops-run: build/fuzz/fuzz_ops
	mkdir -p build/fuzz/ops-corpus
	build/fuzz/fuzz_ops -max_total_time=$(FUZZ_TIME) -max_len=4096 \
		build/fuzz/ops-corpus tests/fuzz/ops-corpus

# the showcase: the demo on the model, then the model against the kernel;
# of the two zero-page demos, diff runs the one this host's kernel is and
# skips the other, saying which (both are right, each on its own kind)
DEMO_ZERO := examples/demo-zero-page.mms examples/demo-no-zero-page.mms
demo: mmsim
	@./mmsim profile | sed -n 's/^\(kernel\|zero_page\) = /this host: \1 = /p'
	./mmsim run examples/demo.mms
	./mmsim diff examples/demo.mms $(DEMO_ZERO)

clean:
	rm -rf build mmsim mmsim-sandbox
