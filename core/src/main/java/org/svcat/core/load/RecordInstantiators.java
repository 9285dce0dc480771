package org.svcat.core.load;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.module.SimpleModule;

/**
 * Calls the canonical constructors of the model records through a method handle that spreads the
 * argument array. Jackson 3 calls them with {@link MethodHandle#invokeWithArguments}, which on JDK
 * 17 adapts the handle again on every call: about 40% of the time spent binding an item file
 * (FileBenchmark.bind). Only how the constructor is called changes; which constructor, the
 * arguments and the handling of an exception it throws are Jackson's.
 */
final class RecordInstantiators extends ValueInstantiators.Base {
  /** A module that installs this. */
  static JacksonModule module() {
    return new SimpleModule("svcat-record-instantiators") {
      @Override
      public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addValueInstantiators(new RecordInstantiators());
      }
    };
  }

  @Override
  public ValueInstantiator modifyValueInstantiator(
      DeserializationConfig config,
      BeanDescription.Supplier description,
      ValueInstantiator instantiator) {
    if (instantiator instanceof StdValueInstantiator jacksons
        && jacksons.getClass() == StdValueInstantiator.class
        && jacksons.getWithArgsCreator() != null
        && jacksons.getWithArgsCreator().getAnnotated() instanceof Constructor<?> constructor
        && constructor.getDeclaringClass().isRecord()) {
      try {
        return new Spreading(jacksons, constructor);
      } catch (IllegalAccessException e) {
        return instantiator;
      }
    }
    return instantiator;
  }

  /** Jackson's instantiator, with the constructor called through a spreading handle. */
  private static final class Spreading extends StdValueInstantiator {
    private final MethodHandle constructor;

    Spreading(StdValueInstantiator jacksons, Constructor<?> constructor)
        throws IllegalAccessException {
      super(jacksons);
      this.constructor =
          MethodHandles.publicLookup()
              .unreflectConstructor(constructor)
              .asSpreader(Object[].class, constructor.getParameterCount())
              .asType(MethodType.methodType(Object.class, Object[].class));
    }

    @Override
    public Object createFromObjectWith(DeserializationContext context, Object[] args) {
      try {
        return (Object) constructor.invokeExact(args);
      } catch (Error e) {
        throw e;
      } catch (Throwable e) {
        return context.handleInstantiationProblem(
            getValueClass(), args, rewrapCtorProblem(context, e));
      }
    }
  }
}
